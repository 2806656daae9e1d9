namespace KnowledgeApi.Server.Tests.Hosting;

/// <summary>
/// The seeded server with cost limits off, for tests that send large queries on purpose: fifty articles
/// with their quotations, speakers and authors cost 6111, over Hot Chocolate's default limit of 1000
/// that the real server enforces (tests/KnowledgeApi.Server.Tests/Limits).
/// </summary>
public sealed class UnlimitedCostServer() : SeededServer("--GraphQL:Limits:EnforceCostLimits=false");
