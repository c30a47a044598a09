namespace SociaalNetwerk.GraphApi.Tests.Infrastructuur;

/// <summary>
/// A server of its own on the fixed clock (<see cref="SociaalNetwerkServer.Nu"/>), for tests that change the demo data
/// other tests read (the keyed example mutations).
/// </summary>
public sealed class EigenServer : SociaalNetwerkServer
{
}

/// <summary>
/// The server on the real clock: the demo data is dated from today, as for someone who runs the API now. Documents that
/// hard-code a date that has passed fail here, while they still pass on the fixed clock of the other tests.
/// </summary>
public sealed class EchteKlokServer : SociaalNetwerkServer
{
    public override TimeProvider Klok { get; } = TimeProvider.System;
}

/// <summary>The server a year from now (a fixed clock), so that a date in a document that will pass within a year is caught now.</summary>
public sealed class VolgendJaarServer : SociaalNetwerkServer
{
    public override TimeProvider Klok { get; } = new VasteKlok(DateTimeOffset.UtcNow.AddYears(1));
}

/// <summary>
/// The standard server (demo data dated from <see cref="SociaalNetwerkServer.Nu"/>) whose clock a test can set, for
/// rules that depend on the moment of a request, such as where "today" ends in Zoetermeer.
/// </summary>
public sealed class VerstelbareKlokServer : SociaalNetwerkServer
{
    public override TimeProvider Klok => VerstelbareKlok;

    public VerstelbareKlok VerstelbareKlok { get; } = new(Nu);
}

/// <summary>A clock that stands still at <see cref="Nu"/>, which a test may change.</summary>
public sealed class VerstelbareKlok(DateTimeOffset nu) : TimeProvider
{
    public DateTimeOffset Nu { get; set; } = nu;

    public override DateTimeOffset GetUtcNow() => Nu;
}
