using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Articles.Infra.Tests.Support;

/// <summary>A compiled ARM template (or a module's nested template) and the resources declared in it.</summary>
internal sealed partial class ArmTemplate(JsonObject root)
{
    public JsonObject Root { get; } = root;

    /// <summary>Resources of this template; symbolic-name templates (languageVersion 2.0) keep them in an object.</summary>
    public IEnumerable<ArmResource> Resources =>
        Root["resources"] switch
        {
            JsonObject bySymbol => bySymbol.Select(pair => new ArmResource(this, pair.Value!.AsObject())),
            JsonArray list => list.Select(node => new ArmResource(this, node!.AsObject())),
            _ => [],
        };

    /// <summary>Resources here and in every module (nested deployment), depth first.</summary>
    public IEnumerable<ArmResource> AllResources =>
        Resources.SelectMany(resource => resource.NestedTemplate is { } nested
            ? nested.AllResources.Prepend(resource)
            : [resource]);

    /// <summary>
    /// The literal values an expression argument stands for: 'text', variables('x'), variables('x').y,
    /// or variables('x')[copyIndex()] (every element). Runtime values (parameters, references) give nothing.
    /// </summary>
    public IReadOnlyList<string> ValuesOf(string argument)
    {
        var text = ArmExpression.Unwrap(argument.Trim());
        if (QuotedLiteral().Match(text) is { Success: true } literal)
        {
            return [literal.Groups["value"].Value];
        }

        if (VariableReference().Match(text) is not { Success: true } reference)
        {
            return ArmExpression.IsExpression(argument) || argument.Contains('(', StringComparison.Ordinal) ? [] : [argument];
        }

        var node = Root["variables"]?[reference.Groups["name"].Value];
        foreach (var property in reference.Groups["path"].Value.Split('.', StringSplitOptions.RemoveEmptyEntries))
        {
            node = node?[property];
        }

        return node switch
        {
            JsonArray items when reference.Groups["each"].Success =>
                items.SelectMany(item => item is JsonValue value ? ValuesOf(value.ToString()) : []).ToList(),
            JsonValue value => ValuesOf(value.ToString()),
            _ => [],
        };
    }

    [GeneratedRegex(@"^'(?<value>[^']*)'$", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex QuotedLiteral();

    [GeneratedRegex(@"^variables\('(?<name>[^']+)'\)(?<path>(\.\w+)*)(?<each>\[copyIndex\(\)\])?$", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex VariableReference();
}

/// <summary>One resource declaration, with the template it sits in (to resolve its variables).</summary>
internal sealed class ArmResource(ArmTemplate template, JsonObject json)
{
    public ArmTemplate Template { get; } = template;

    public JsonObject Json { get; } = json;

    public string Type => (string?)Json["type"] ?? "";

    public string Name => (string?)Json["name"] ?? "";

    public JsonObject? Properties => Json["properties"] as JsonObject;

    public ArmTemplate? NestedTemplate =>
        Type == "Microsoft.Resources/deployments" && Properties?["template"] is JsonObject nested ? new ArmTemplate(nested) : null;

    /// <summary>The literal names of a child resource ('parent/default/child'), one per loop iteration.</summary>
    public IReadOnlyList<string> LeafNames =>
        ArmExpression.Arguments(Name) is { Count: > 0 } arguments
            ? Template.ValuesOf(arguments[^1])
            : Template.ValuesOf(Name).Select(name => name.Split('/')[^1]).ToList();
}
