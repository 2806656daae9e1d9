using System.Text.RegularExpressions;

namespace KnowledgeApi.Ingestion.Extraction;

/// <summary>
/// Relations the text states outright: roles ("Mexican President X", "Mexico's President X"),
/// membership ("X, a member of the Y"), positions ("X, president of the Y") and possessive
/// affiliation ("Labour's shadow health secretary, Wes Streeting").
/// </summary>
internal static partial class LinkFinder
{
    public static void Find(IEnumerable<ParagraphView> views, ArticleEntities entities)
    {
        foreach (var view in views)
        {
            var mentions = entities.In(view.Index);
            for (var m = 0; m < mentions.Count; m++)
            {
                var mention = mentions[m];
                if (mention.Kind == EntityKind.Person)
                {
                    RoleBefore(view, mention, mentions, entities);
                    if (m + 1 < mentions.Count)
                    {
                        PositionAfter(view, mention, mentions[m + 1], entities);
                    }
                }
                else if (m + 1 < mentions.Count && mentions[m + 1].Kind == EntityKind.Person)
                {
                    var between = view.Text[mention.End..mentions[m + 1].Start];
                    if (PossessiveRole().Match(between) is { Success: true } possessive)
                    {
                        var role = possessive.Groups["role"].Value.Trim();
                        if (role.Length == 0 && mention.Kind != EntityKind.Organization)
                        {
                            continue; // "Mexico's AMLO" says where, not what he belongs to
                        }

                        entities.Link(mentions[m + 1].Key, mention.Key, role.Length == 0 ? "member of" : role);
                    }
                }
            }
        }
    }

    private static void RoleBefore(ParagraphView view, MentionRef person, IReadOnlyList<MentionRef> mentions, ArticleEntities entities)
    {
        if (EntityMarking.TitleBefore(view, person.TokenIndex) is not { } title)
        {
            return;
        }

        var role = view.Tokens[title].Text.ToLowerInvariant();
        if (title > 0 && Lexicon.Demonyms.TryGetValue(view.Tokens[title - 1].Text, out var country) && country is not null
            && entities.Index.Lookup(country) is { } countryKey && entities.Resolve(countryKey) is { } place)
        {
            entities.Link(person.Key, place.Key, role);
            return;
        }

        foreach (var other in mentions)
        {
            var gap = other.End <= view.Tokens[title].Start ? view.Text[other.End..view.Tokens[title].Start] : null;
            if (gap is "’s " or "'s " && other.Kind is EntityKind.Place or EntityKind.Organization)
            {
                entities.Link(person.Key, other.Key, role);
            }
        }
    }

    private static void PositionAfter(ParagraphView view, MentionRef person, MentionRef next, ArticleEntities entities)
    {
        if (next.Kind != EntityKind.Organization)
        {
            return;
        }

        var between = view.Text[person.End..next.Start];
        if (Position().Match(between) is { Success: true } position)
        {
            entities.Link(person.Key, next.Key, position.Groups["role"].Value.Trim());
        }
    }

    // ", a member of the " / ", president of the " between a person and an organisation.
    [GeneratedRegex(@"^, (?:(?:a|an) )?(?<role>(?:[\p{Ll}\-]+ ){0,3}?(?:member|president|leader|head|chair|secretary|director|founder|spokesperson|spokesman|spokeswoman|general secretary|editor|member)) (?:of|at) (?:the )?\*?$")]
    private static partial Regex Position();

    // "’s shadow health secretary, " between an organisation and a person.
    [GeneratedRegex(@"^[’']s (?<role>(?:[\p{Ll}\-]+ ?){0,4}),? ?$")]
    private static partial Regex PossessiveRole();
}
