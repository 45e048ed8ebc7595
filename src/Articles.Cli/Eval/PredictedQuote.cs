namespace Articles.Cli.Eval;

/// <summary>A quote the extractor attributed: the official's name as speaker, the text, and whether it is direct.</summary>
internal sealed record PredictedQuote(string Speaker, string Text, bool Direct);
