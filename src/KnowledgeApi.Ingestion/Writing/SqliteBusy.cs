using Microsoft.Data.Sqlite;

namespace KnowledgeApi.Ingestion.Writing;

/// <summary>Recognizes SQLite's "another connection holds the lock" failures, however EF Core wrapped them.</summary>
internal static class SqliteBusy
{
    private const int Busy = 5;
    private const int Locked = 6;

    public static bool Is(Exception error)
    {
        for (var current = error; current is not null; current = current.InnerException)
        {
            if (current is SqliteException { SqliteErrorCode: Busy or Locked })
            {
                return true;
            }
        }

        return false;
    }
}
