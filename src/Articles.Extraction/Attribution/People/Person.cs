namespace Articles.Extraction.Attribution.People;

/// <summary>A person after merging all mentions (full name, surname, declined forms).</summary>
public sealed record Person(string Name, string? Role, string? Affiliation, Gender Gender, int Mentions);
