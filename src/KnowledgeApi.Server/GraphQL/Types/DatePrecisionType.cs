using KnowledgeApi.GraphQL.Types;
using KnowledgeApi.Knowledge.Model;

namespace KnowledgeApi.Server.GraphQL.Types;

/// <summary>The <c>DatePrecision</c> enum, described for the schema explorer.</summary>
internal sealed class DatePrecisionType : EnumType<DatePrecision>
{
    protected override void Configure(IEnumTypeDescriptor<DatePrecision> descriptor)
    {
        descriptor.Description("How much of a date the source gave; a less precise date is stored as the first day of its period.");
        descriptor.Value(DatePrecision.Year).Description("Only the year is known; the date is the first of January.");
        descriptor.Value(DatePrecision.Month).Description("The year and month are known; the date is the first of the month.");
        descriptor.Value(DatePrecision.Day).Description("The exact day is known.");
    }
}
