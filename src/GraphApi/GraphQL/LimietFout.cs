using GraphQL.Validation;

namespace SociaalNetwerk.GraphApi.GraphQL;

/// <summary>A validation error of our own (depth, complexity) whose message <see cref="FoutVertaler"/> localises from its code.</summary>
public sealed class LimietFout : ValidationError
{
    public LimietFout(string code, params object[] argumenten)
        : base(code)
    {
        Code = code;
        Argumenten = argumenten;
    }

    public LimietFout()
        : this("BAD_USER_INPUT")
    {
    }

    public LimietFout(string message, Exception innerException)
        : base(message, innerException)
    {
        Argumenten = [];
    }

    public IReadOnlyList<object> Argumenten { get; }
}
