namespace KnowledgeApi.Knowledge.Model;

/// <summary>
/// How much of a publication date the source gave. A year-only date is stored as 1 January of
/// that year with <see cref="Year"/>, so sorting still works and nobody mistakes it for a day.
/// </summary>
public enum DatePrecision
{
    Year,
    Month,
    Day,
}
