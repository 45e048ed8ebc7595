using System.Globalization;
using System.Text;

namespace Articles.Extraction.Page;

/// <summary>
/// Fixes the ways publishers commonly break JSON-LD: HTML comment or CDATA wrappers, a stray trailing semicolon, raw
/// control characters and invalid escapes inside strings, and several top-level values written one after another.
/// </summary>
internal static class JsonLdRepair
{
    private static readonly string[] Openers = ["<!--", "//<![CDATA[", "/*<![CDATA[*/", "<![CDATA["];
    private static readonly string[] Closers = ["-->", "//]]>", "/*]]>*/", "]]>", ";", "//"];

    public static string Repair(string text)
    {
        var json = FixStrings(StripWrappers(text));
        return WrapConcatenatedValues(json);
    }

    internal static string StripWrappers(string text)
    {
        var s = text.Trim();
        bool changed;
        do
        {
            changed = false;
            foreach (var opener in Openers)
            {
                if (s.StartsWith(opener, StringComparison.Ordinal))
                {
                    s = s[opener.Length..].TrimStart();
                    changed = true;
                }
            }

            foreach (var closer in Closers)
            {
                if (s.EndsWith(closer, StringComparison.Ordinal))
                {
                    s = s[..^closer.Length].TrimEnd();
                    changed = true;
                }
            }
        }
        while (changed && s.Length > 0);

        return s;
    }

    /// <summary>Escapes raw control characters inside strings and drops backslashes before characters JSON can't escape.</summary>
    internal static string FixStrings(string json)
    {
        var output = new StringBuilder(json.Length + 16);
        var inString = false;
        for (var i = 0; i < json.Length; i++)
        {
            var c = json[i];
            if (!inString)
            {
                inString = c == '"';
                output.Append(c);
                continue;
            }

            if (c == '\\' && i + 1 < json.Length)
            {
                var next = json[i + 1];
                if (next is '"' or '\\' or '/' or 'b' or 'f' or 'n' or 'r' or 't' or 'u')
                {
                    output.Append(c).Append(next);
                }
                else
                {
                    AppendEscaped(output, next);
                }

                i++;
            }
            else if (c == '"')
            {
                inString = false;
                output.Append(c);
            }
            else
            {
                AppendEscaped(output, c);
            }
        }

        return output.ToString();
    }

    /// <summary>"{…}{…}" or "{…},{…}" as one array; a single value is returned unchanged.</summary>
    internal static string WrapConcatenatedValues(string json)
    {
        var values = new List<string>();
        int depth = 0, start = -1;
        var inString = false;
        for (var i = 0; i < json.Length; i++)
        {
            var c = json[i];
            if (inString)
            {
                if (c == '\\')
                {
                    i++;
                }
                else if (c == '"')
                {
                    inString = false;
                }

                continue;
            }

            switch (c)
            {
                case '"':
                    inString = true;
                    break;
                case '{' or '[':
                    if (depth++ == 0)
                    {
                        start = i;
                    }

                    break;
                case '}' or ']':
                    if (depth > 0 && --depth == 0)
                    {
                        values.Add(json[start..(i + 1)]);
                    }

                    break;
            }
        }

        return values.Count > 1 ? "[" + string.Join(",", values) + "]" : json;
    }

    private static void AppendEscaped(StringBuilder output, char c)
    {
        switch (c)
        {
            case '\n':
                output.Append("\\n");
                break;
            case '\r':
                output.Append("\\r");
                break;
            case '\t':
                output.Append("\\t");
                break;
            case < ' ':
                output.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                break;
            default:
                output.Append(c);
                break;
        }
    }
}
