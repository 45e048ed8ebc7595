namespace Articles.Infra.Tests.Support;

/// <summary>Just enough ARM template expression parsing to read names out of compiled Bicep.</summary>
internal static class ArmExpression
{
    /// <summary>"[f(a, g(b, c), 'd')]" → ["a", "g(b, c)", "'d'"]; a plain literal has no arguments.</summary>
    public static IReadOnlyList<string> Arguments(string expression)
    {
        var body = Unwrap(expression);
        var open = body.IndexOf('(', StringComparison.Ordinal);
        if (open < 0 || !body.EndsWith(')'))
        {
            return [];
        }

        var arguments = new List<string>();
        var depth = 0;
        var inQuotes = false;
        var start = open + 1;
        for (var i = start; i < body.Length - 1; i++)
        {
            var c = body[i];
            if (c == '\'')
            {
                inQuotes = !inQuotes;
            }
            else if (!inQuotes && c is '(' or '[')
            {
                depth++;
            }
            else if (!inQuotes && c is ')' or ']')
            {
                depth--;
            }
            else if (!inQuotes && depth == 0 && c == ',')
            {
                arguments.Add(body[start..i].Trim());
                start = i + 1;
            }
        }

        arguments.Add(body[start..^1].Trim());
        return arguments;
    }

    /// <summary>The expression inside "[...]", or the text unchanged when it is a literal.</summary>
    public static string Unwrap(string text) =>
        IsExpression(text) ? text[1..^1] : text;

    public static bool IsExpression(string text) =>
        text.StartsWith('[') && text.EndsWith(']') && !text.StartsWith("[[", StringComparison.Ordinal);
}
