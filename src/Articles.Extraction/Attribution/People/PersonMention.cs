namespace Articles.Extraction.Attribution.People;

/// <summary>
/// One person named in a text span. <paramref name="Name"/> is nominative, as a native writer would cite it
/// ("Ігор Ховаєв" from "Ігоря Ховаєва"; the surname alone if only that appears). Start/Length locate
/// <paramref name="Surface"/> in the searched text.
/// </summary>
public sealed record PersonMention(string Name, string Surface, string? Role, string? Affiliation, Gender Gender, int Start, int Length);
