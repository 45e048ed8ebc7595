namespace Articles.Extraction.Fields.Dates;

/// <summary>A date as the schema writes it plus the text it was read from.</summary>
/// <param name="Iso">ISO 8601: "2023-09-25T14:37:00+03:00", "2023-09-25T14:37:00" (no offset stated) or "2023-09-25".</param>
/// <param name="Raw">The string as the page wrote it.</param>
public sealed record FoundDate(string Iso, string Raw);
