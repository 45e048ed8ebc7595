namespace Articles.Cli.Extract;

/// <summary>A page to extract: the name printed as "file" and where to read it (null when the argument is missing).</summary>
internal sealed record PageFile(string Name, string? FullPath);
