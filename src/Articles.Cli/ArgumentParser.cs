namespace Articles.Cli;

/// <summary>
/// Splits a verb's arguments into positionals, flags and valued options (<c>--name value</c> or <c>--name=value</c>).
/// Anything after <c>--</c> is positional. Unknown options are an error, never silently ignored.
/// </summary>
internal sealed class ArgumentParser(IReadOnlySet<string> flags, IReadOnlySet<string> valued)
{
    public ParsedArguments Parse(IReadOnlyList<string> args, out string? error)
    {
        var parsed = new ParsedArguments();
        error = null;
        var onlyPositionals = false;
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (!onlyPositionals && arg == "--")
            {
                onlyPositionals = true;
                continue;
            }

            if (onlyPositionals || arg.Length < 2 || arg[0] != '-')
            {
                parsed.Positionals.Add(arg);
                continue;
            }

            var equals = arg.IndexOf('=', StringComparison.Ordinal);
            var name = equals < 0 ? arg : arg[..equals];
            if (flags.Contains(name) && equals < 0)
            {
                parsed.Flags.Add(name);
            }
            else if (valued.Contains(name))
            {
                string value;
                if (equals >= 0)
                {
                    value = arg[(equals + 1)..];
                }
                else if (i + 1 < args.Count)
                {
                    value = args[++i];
                }
                else
                {
                    error = $"option {name} needs a value";
                    return parsed;
                }

                if (!parsed.Values.TryGetValue(name, out var list))
                {
                    parsed.Values[name] = list = [];
                }

                list.Add(value);
            }
            else
            {
                error = $"unknown option {arg}";
                return parsed;
            }
        }

        return parsed;
    }
}
