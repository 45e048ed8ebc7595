namespace Articles.Extraction.Attribution.People;

/// <summary>All people of an article body, merged across mentions.</summary>
public sealed class PeopleIndex
{
    private readonly string? _language;

    private PeopleIndex(IReadOnlyList<Person> people, IReadOnlyList<(int Sentence, PersonMention Mention)> mentions, string? language)
    {
        People = people;
        Mentions = mentions;
        _language = language;
    }

    public IReadOnlyList<Person> People { get; }

    public IReadOnlyList<(int Sentence, PersonMention Mention)> Mentions { get; }

    public static PeopleIndex Build(IReadOnlyList<string> sentences, string? language)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var mentions = new List<(int, PersonMention)>();
        var people = new List<Person>();
        for (var i = 0; i < sentences.Count; i++)
        {
            foreach (var m in PersonFinder.Find(sentences[i], language))
            {
                mentions.Add((i, m));
                var at = people.FindIndex(p => PersonNames.SamePerson(p.Name, m.Name, language));
                if (at < 0)
                {
                    people.Add(new Person(m.Name, m.Role, m.Affiliation, m.Gender, 1));
                }
                else
                {
                    people[at] = people[at] with { Mentions = people[at].Mentions + 1 };
                }
            }
        }
        return new PeopleIndex(people, mentions, language);
    }

    public Person? Find(string nameOrSurface)
    {
        ArgumentNullException.ThrowIfNull(nameOrSurface);
        var name = PersonNames.ToNominative(nameOrSurface, _language);
        return People.FirstOrDefault(p => PersonNames.SamePerson(p.Name, name, _language));
    }

    public bool IsOfficial(Person person)
    {
        ArgumentNullException.ThrowIfNull(person);
        return person.Role is not null && _language != "\0";
    }
}
