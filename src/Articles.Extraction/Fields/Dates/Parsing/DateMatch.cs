namespace Articles.Extraction.Fields.Dates.Parsing;

/// <summary>A date found in text: where it is and the exact text it was read from.</summary>
internal sealed record DateMatch(DateValue Value, int Index, int Length, string Raw);
