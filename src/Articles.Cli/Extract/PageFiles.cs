namespace Articles.Cli.Extract;

/// <summary>
/// Expands <c>extract</c> arguments into pages: a file as given; a folder recursively into *.html / *.htm, named
/// relative to that folder with '/' separators and sorted ordinally so runs are deterministic.
/// </summary>
internal static class PageFiles
{
    public static IEnumerable<PageFile> Expand(IEnumerable<string> arguments)
    {
        foreach (var argument in arguments)
        {
            if (File.Exists(argument))
            {
                yield return new PageFile(argument, argument);
            }
            else if (Directory.Exists(argument))
            {
                foreach (var page in InFolder(argument))
                {
                    yield return page;
                }
            }
            else
            {
                yield return new PageFile(argument, null);
            }
        }
    }

    public static bool IsHtml(string path) =>
        path.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".htm", StringComparison.OrdinalIgnoreCase);

    private static IEnumerable<PageFile> InFolder(string folder)
    {
        var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = 0 };
        return Directory.EnumerateFiles(folder, "*", options)
            .Where(IsHtml)
            .Select(path => new PageFile(Path.GetRelativePath(folder, path).Replace(Path.DirectorySeparatorChar, '/'), path))
            .OrderBy(page => page.Name, StringComparer.Ordinal);
    }
}
