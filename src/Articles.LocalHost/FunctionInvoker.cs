using System.Reflection;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Routing;

namespace Articles.LocalHost;

/// <summary>
/// Calls a function method the way the isolated worker does: a fresh instance from DI per call, parameters bound by
/// type (HttpRequest, CancellationToken, BlobClient) or by name (route values, blob path values).
/// </summary>
internal static class FunctionInvoker
{
    public static async Task<object?> InvokeAsync(FunctionDescriptor function, IServiceProvider services, Func<ParameterInfo, object?> bind)
    {
        var method = function.Method;
        var instance = method.IsStatic ? null : ActivatorUtilities.CreateInstance(services, method.DeclaringType!);
        var arguments = method.GetParameters().Select(bind).ToArray();
        var returned = method.Invoke(instance, BindingFlags.DoNotWrapExceptions, binder: null, arguments, culture: null);
        if (returned is not Task task)
        {
            return returned;
        }

        await task.ConfigureAwait(false);
        var returnType = method.ReturnType;
        return returnType.IsGenericType && returnType.GetGenericTypeDefinition() == typeof(Task<>)
            ? returnType.GetProperty(nameof(Task<object>.Result))!.GetValue(task)
            : null;
    }

    /// <summary>Writes what an HTTP function returned, as the ASP.NET Core integration does.</summary>
    public static Task WriteResultAsync(HttpContext context, object? result) => result switch
    {
        IActionResult action => action.ExecuteResultAsync(new ActionContext(context, context.GetRouteData(), new ActionDescriptor())),
        IResult minimal => minimal.ExecuteAsync(context),
        null => Task.CompletedTask,
        _ => throw new NotSupportedException($"The local host cannot write a {result.GetType().Name} returned by a function."),
    };
}
