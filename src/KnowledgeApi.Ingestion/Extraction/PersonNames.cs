namespace KnowledgeApi.Ingestion.Extraction;

/// <summary>
/// The shorter names a full name is referred to by: every suffix ("Carlos Gaytán Ochoa" →
/// "Gaytán Ochoa", "Ochoa") and, for names of three words or more, the first of a Spanish
/// double surname ("Gaytán"), which Spanish-language usage treats as the surname.
/// </summary>
internal static class PersonNames
{
    public static IEnumerable<string> ShortForms(string fullName)
    {
        var tokens = Token.Split(fullName);
        for (var k = 1; k < tokens.Count; k++)
        {
            if (Lexicon.NameParticles.Contains(tokens[k].Text) || !tokens[k].IsCapitalised || tokens[k].Text.Length == 1)
            {
                continue;
            }

            yield return fullName[tokens[k].Start..];
        }

        if (tokens.Count >= 3 && tokens[^2].IsCapitalised && tokens[^2].Text.Length > 1)
        {
            yield return tokens[^2].Text;
        }
    }
}
