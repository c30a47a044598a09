using System.Globalization;
using System.Net.Sockets;
using System.Text;
using Microsoft.Extensions.Logging;
using MimeKit;

namespace SociaalNetwerk.GraphApi.Tests.Infrastructuur;

/// <summary>
/// A mail server for tests: plain SMTP on 127.0.0.1 (a random port) that keeps what it receives. It can hold every new
/// connection before its greeting until <see cref="Laat"/> (<see cref="Houd"/>: a mail server that does not answer
/// yet), and refuse every mail (<see cref="Weigeren"/>: a mail server that fails). Waits are for a state (a mail
/// arrived), never for a time.
/// </summary>
public sealed class SmtpPostbus
{
    private readonly TcpListener _luisteraar = new(IPAddress.Loopback, 0);
    private readonly Lock _slot = new();
    private readonly List<MimeMessage> _mails = [];
    private readonly List<(string Aan, int Aantal, TaskCompletionSource Klaar)> _wachters = [];
    private TaskCompletionSource _vrij = Nieuw(klaar: true);

    public SmtpPostbus()
    {
        _luisteraar.Start();
        Poort = ((IPEndPoint)_luisteraar.LocalEndpoint).Port;
        _ = Task.Run(LuisterAsync);
    }

    public int Poort { get; }

    /// <summary>The settings that send a server's mail here.</summary>
    public IDictionary<string, string?> Instellingen => new Dictionary<string, string?>
    {
        ["Mail:Host"] = "127.0.0.1",
        ["Mail:Port"] = Poort.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>Answers every connection with 554 (service not available): no mail gets through.</summary>
    public bool Weigeren { get; set; }

    /// <summary>How many connections have come in.</summary>
    public int Verbindingen { get; private set; }

    /// <summary>From now on a new connection waits before the greeting until <see cref="Laat"/>.</summary>
    public void Houd()
    {
        lock (_slot)
        {
            if (_vrij.Task.IsCompleted)
            {
                _vrij = Nieuw(klaar: false);
            }
        }
    }

    /// <summary>Lets the held connections (and every new one) through.</summary>
    public void Laat()
    {
        lock (_slot)
        {
            _vrij.TrySetResult();
        }
    }

    /// <summary>The mails received for <paramref name="aan"/>, in order of arrival.</summary>
    public IReadOnlyList<MimeMessage> Mails(string aan)
    {
        lock (_slot)
        {
            return Aan(aan);
        }
    }

    private List<MimeMessage> Aan(string aan) =>
        [.. _mails.Where(m => m.To.Mailboxes.Any(a => string.Equals(a.Address, aan, StringComparison.OrdinalIgnoreCase)))];

    /// <summary>Completes when <paramref name="aantal"/> mails for <paramref name="aan"/> have arrived.</summary>
    public Task WachtOpAsync(string aan, int aantal = 1)
    {
        lock (_slot)
        {
            if (Aan(aan).Count >= aantal)
            {
                return Task.CompletedTask;
            }

            var klaar = Nieuw(klaar: false);
            _wachters.Add((aan, aantal, klaar));
            return klaar.Task;
        }
    }

    private async Task LuisterAsync()
    {
        while (true)
        {
            var client = await _luisteraar.AcceptTcpClientAsync();
            _ = Task.Run(() => BehandelAsync(client));
        }
    }

    private async Task BehandelAsync(TcpClient client)
    {
        using var _ = client;
        Task vrij;
        lock (_slot)
        {
            Verbindingen++;
            vrij = _vrij.Task;
        }

        await vrij;
        var stroom = client.GetStream();
        using var lezer = new StreamReader(stroom, Encoding.Latin1);
        await using var schrijver = new StreamWriter(stroom, Encoding.Latin1) { NewLine = "\r\n", AutoFlush = true };
        if (Weigeren)
        {
            await schrijver.WriteLineAsync("554 5.3.2 postbus.test weigert");
            return;
        }

        await schrijver.WriteLineAsync("220 postbus.test ESMTP");
        while (await lezer.ReadLineAsync() is { } regel)
        {
            var opdracht = regel.Split(' ', 2)[0].ToUpperInvariant();
            switch (opdracht)
            {
                case "EHLO" or "HELO":
                    await schrijver.WriteLineAsync("250 postbus.test");
                    break;
                case "MAIL" or "RCPT" or "RSET" or "NOOP":
                    await schrijver.WriteLineAsync("250 OK");
                    break;
                case "DATA":
                    await schrijver.WriteLineAsync("354 End data with <CR><LF>.<CR><LF>");
                    var tekst = new StringBuilder();
                    while (await lezer.ReadLineAsync() is { } data && data != ".")
                    {
                        tekst.Append(data.StartsWith("..", StringComparison.Ordinal) ? data[1..] : data).Append("\r\n");
                    }

                    Ontvangen(MimeMessage.Load(new MemoryStream(Encoding.Latin1.GetBytes(tekst.ToString()))));
                    await schrijver.WriteLineAsync("250 OK");
                    break;
                case "QUIT":
                    await schrijver.WriteLineAsync("221 Bye");
                    return;
                default:
                    await schrijver.WriteLineAsync("502 Not implemented");
                    break;
            }
        }
    }

    private void Ontvangen(MimeMessage mail)
    {
        lock (_slot)
        {
            _mails.Add(mail);
            foreach (var wachter in _wachters.ToList().Where(w => Aan(w.Aan).Count >= w.Aantal))
            {
                _wachters.Remove(wachter);
                wachter.Klaar.TrySetResult();
            }
        }
    }

    private static TaskCompletionSource Nieuw(bool klaar)
    {
        var bron = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        if (klaar)
        {
            bron.SetResult();
        }

        return bron;
    }
}

/// <summary>The log messages of a server (or two), kept to wait for one: a state, not a time.</summary>
public sealed class Logboek : ILoggerProvider
{
    private readonly Lock _slot = new();
    private readonly List<string> _regels = [];
    private readonly List<(Func<string, bool> Past, int Aantal, TaskCompletionSource Klaar)> _wachters = [];

    public IReadOnlyList<string> Regels(Func<string, bool> past)
    {
        lock (_slot)
        {
            return [.. _regels.Where(past)];
        }
    }

    /// <summary>Completes when <paramref name="aantal"/> messages that <paramref name="past"/> have been logged.</summary>
    public Task WachtOpAsync(Func<string, bool> past, int aantal = 1)
    {
        lock (_slot)
        {
            if (_regels.Count(past) >= aantal)
            {
                return Task.CompletedTask;
            }

            var klaar = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _wachters.Add((past, aantal, klaar));
            return klaar.Task;
        }
    }

    public ILogger CreateLogger(string categoryName) => new Schrijver(this, categoryName);

    public void Dispose()
    {
    }

    private void Schrijf(string regel)
    {
        lock (_slot)
        {
            _regels.Add(regel);
            foreach (var wachter in _wachters.ToList().Where(w => _regels.Count(w.Past) >= w.Aantal))
            {
                _wachters.Remove(wachter);
                wachter.Klaar.TrySetResult();
            }
        }
    }

    private sealed class Schrijver(Logboek logboek, string categorie) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                logboek.Schrijf($"{logLevel} {categorie}: {formatter(state, exception)}" + (exception is null ? string.Empty : $" ({exception.GetType().Name}: {exception.Message})"));
            }
        }
    }
}
