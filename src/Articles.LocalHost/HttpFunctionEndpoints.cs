using System.Reflection;

namespace Articles.LocalHost;

/// <summary>Maps every HTTP-triggered function of the catalog to its route under the host's route prefix.</summary>
internal static class HttpFunctionEndpoints
{
    public static void MapFunctions(this IEndpointRouteBuilder endpoints, FunctionCatalog catalog, string routePrefix)
    {
        foreach (var function in catalog.HttpFunctions)
        {
            var http = function.Http!;
            var pattern = "/" + string.Join('/', new[] { routePrefix.Trim('/'), http.Route.Trim('/') }.Where(part => part.Length > 0));
            RequestDelegate handler = context => HandleAsync(context, function);
            var endpoint = http.Methods.Count == 0 ? endpoints.Map(pattern, handler) : endpoints.MapMethods(pattern, http.Methods, handler);
            endpoint.WithDisplayName($"{function.Name} ({http.AuthLevel})");
        }
    }

    private static async Task HandleAsync(HttpContext context, FunctionDescriptor function)
    {
        // Like Core Tools locally, function keys are not checked: AuthorizationLevel.Function routes accept any request.
        var result = await FunctionInvoker.InvokeAsync(function, context.RequestServices, parameter => Bind(context, parameter));
        await FunctionInvoker.WriteResultAsync(context, result);
    }

    private static object? Bind(HttpContext context, ParameterInfo parameter) => parameter.ParameterType switch
    {
        var type when type == typeof(HttpRequest) => context.Request,
        var type when type == typeof(HttpContext) => context,
        var type when type == typeof(CancellationToken) => context.RequestAborted,
        var type when type == typeof(string) => context.Request.RouteValues.TryGetValue(parameter.Name!, out var value) ? value?.ToString() : null,
        _ => throw Unsupported(parameter),
    };

    private static NotSupportedException Unsupported(ParameterInfo parameter) =>
        new($"The local host cannot bind parameter '{parameter.Name}' ({parameter.ParameterType.Name}) of {parameter.Member.DeclaringType?.Name}.");
}
