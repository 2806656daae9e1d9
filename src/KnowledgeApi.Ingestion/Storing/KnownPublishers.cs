using KnowledgeApi.Ingestion.Reading;
using KnowledgeApi.Knowledge.Model;

namespace KnowledgeApi.Ingestion.Storing;

/// <summary>
/// Publishers the reader recognises for certain (by their footer) are stored as confirmed
/// organizations with their usual short names; any other publisher comes from a header line and
/// is stored as found.
/// </summary>
internal static class KnownPublishers
{
    public static EntityCandidate Candidate(string name) => name == PublisherFooter.WswsName
        ? new EntityCandidate(EntityType.Organization, name, ["WSWS", "wsws.org"], "Online news site of the International Committee of the Fourth International", "news website", Confirmed: true)
        : new EntityCandidate(EntityType.Organization, name, [], Kind: "publisher");
}
