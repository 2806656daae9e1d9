using KnowledgeApi.Knowledge.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KnowledgeApi.Knowledge.Configuration;

/// <summary>Event-only columns of the entity table: dates and place.</summary>
internal sealed class EventConfiguration : IEntityTypeConfiguration<Event>
{
    public void Configure(EntityTypeBuilder<Event> builder)
    {
        builder.HasIndex(e => e.StartsOn);
        builder.HasOne(e => e.Place).WithMany(p => p.Events).HasForeignKey(e => e.PlaceId).OnDelete(DeleteBehavior.SetNull);
    }
}
