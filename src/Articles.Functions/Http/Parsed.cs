namespace Articles.Functions.Http;

/// <summary>A value read from a request, or the problem that stopped it.</summary>
public sealed class Parsed<T>
    where T : class
{
    internal Parsed(T? value, ApiProblem? problem)
    {
        Value = value;
        Problem = problem;
    }

    public T? Value { get; }

    public ApiProblem? Problem { get; }
}

/// <summary>Factories for <see cref="Parsed{T}"/>.</summary>
public static class Parsed
{
    public static Parsed<T> Ok<T>(T value)
        where T : class => new(value, null);

    public static Parsed<T> Fail<T>(ApiProblem problem)
        where T : class => new(null, problem);
}
