namespace Articles.Extraction.Attribution.People;

/// <summary>Grammatical/lexical gender of a person name, when a lexicon or an ending tells it.</summary>
public enum Gender
{
    Unknown,
    Male,
    Female,
}
