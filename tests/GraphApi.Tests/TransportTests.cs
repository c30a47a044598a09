using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using SociaalNetwerk.GraphApi.Tests.Infrastructuur;

namespace SociaalNetwerk.GraphApi.Tests;

/// <summary>Requests that used to end in a 500 or an uncoded error on the GraphQL transport, and the nosniff header everywhere.</summary>
[Collection(ServerCollectie.Naam)]
public sealed class TransportTests(SociaalNetwerkServer server)
{
    private readonly HttpClient _client = server.MaakClient();

    [Theory]
    [InlineData("{\"query\":\"{ wijken { slug \xff } }\"}")]
    [InlineData("{\"query\":\"{ wijken { slug } }\",\"operationName\":\"\xfe\xff\"}")]
    [InlineData("{\"query\":\"{ wijken { slug } }\",\"variables\":{\"x\":\"\xc3\"}}")]
    [InlineData("{\"\xffquery\":\"{ wijken { slug } }\"}")]
    public async Task InvalidUtf8InTheBodyIsInvalidJson(string latin1)
    {
        var bytes = Encoding.Latin1.GetBytes(latin1);
        using var verzoek = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new ByteArrayContent(bytes) };
        verzoek.Content.Headers.ContentType = MediaTypeHeaderValue.Parse("application/json");
        var antwoord = await _client.StuurAsync(verzoek);

        Assert.Equal(HttpStatusCode.BadRequest, antwoord.Status);
        Assert.Equal("INVALID_JSON", antwoord.EersteCode);
    }

    [Theory]
    [InlineData("/graphql?query=%7B%20wijken%20%7B%20slug%20%FF%20%7D%20%7D")]
    [InlineData("/graphql?query=%7B%20wijken%20%7B%20slug%20%7D%20%7D&operationName=%C3%28")]
    [InlineData("/graphql?query=%ZZ%7B")]
    [InlineData("/graphql?query=%7B%20wijken%20%7B%20slug%20%7D%20%7D&variables=%7B%22x%22%3A%22%FF%22%7D")]
    public async Task BadPercentEncodingOrUtf8InAGetIsABadRequest(string pad)
    {
        using var verzoek = new HttpRequestMessage(HttpMethod.Get, pad);
        verzoek.Headers.Accept.ParseAdd("application/graphql-response+json");
        var antwoord = await _client.StuurAsync(verzoek);

        Assert.True(antwoord.Status is HttpStatusCode.BadRequest or HttpStatusCode.OK, $"{antwoord.Status} {antwoord.Body.ToJsonString()}");
        Assert.NotEqual("INTERNAL_SERVER_ERROR", antwoord.EersteCode);
        Assert.True(antwoord.Status == HttpStatusCode.OK || antwoord.EersteCode is not null, antwoord.Body.ToJsonString());
    }

    [Fact]
    public async Task SubscriptionsAreACodedValidationError()
    {
        var antwoord = await _client.GraphQLAsync("subscription { wijken { slug } }");
        var engels = await _client.GraphQLAsync("subscription Nieuw { __typename }", taal: "en");

        Assert.Equal(HttpStatusCode.BadRequest, antwoord.Status);
        Assert.Equal("SUBSCRIPTIONS_NOT_SUPPORTED", antwoord.EersteCode);
        Assert.Equal("Subscriptions worden niet ondersteund. Gebruik een query (en vraag opnieuw op) of de kalenderfeeds.", antwoord.EersteBericht);
        Assert.Equal("SUBSCRIPTIONS_NOT_SUPPORTED", engels.EersteCode);
        Assert.StartsWith("Subscriptions are not supported.", engels.EersteBericht, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/graphql?query=%7B%20wijken%20%7B%20slug%20%7D%20%7D")]
    [InlineData("/graphql?query=%7B")]
    [InlineData("/agenda")]
    [InlineData("/agenda.ics")]
    [InlineData("/widgets/manifest.json")]
    [InlineData("/paginas/paginas.css")]
    [InlineData("/bestaat-niet")]
    [InlineData("/activiteiten/bestaat-niet.ics")]
    public async Task EveryResponseSaysNosniff(string pad)
    {
        using var antwoord = await _client.GetAsync(pad);

        Assert.Equal("nosniff", Assert.Single(antwoord.Headers.GetValues("X-Content-Type-Options")));
    }

    [Fact]
    public async Task PostsErrorsAndNotModifiedSayNosniffToo()
    {
        using var post = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent("{\"query\":\"{ wijken { slug } }\"}", Encoding.UTF8, "application/json") };
        using var postAntwoord = await _client.SendAsync(post);
        using var fout = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent("nee", Encoding.UTF8, "text/plain") };
        using var foutAntwoord = await _client.SendAsync(fout);
        using var eerste = await _client.GetAsync("/graphql?query=%7B%20netwerken%20%7B%20naam%20%7D%20%7D");
        using var opnieuw = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=%7B%20netwerken%20%7B%20naam%20%7D%20%7D");
        opnieuw.Headers.IfNoneMatch.Add(eerste.Headers.ETag!);
        using var nietGewijzigd = await _client.SendAsync(opnieuw);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, foutAntwoord.StatusCode);
        Assert.Equal(HttpStatusCode.NotModified, nietGewijzigd.StatusCode);
        foreach (var antwoord in new[] { postAntwoord, foutAntwoord, nietGewijzigd })
        {
            Assert.Equal("nosniff", Assert.Single(antwoord.Headers.GetValues("X-Content-Type-Options")));
        }
    }
}

/// <summary>A server that gives up on a request body after one and a half seconds below 100 bytes per second.</summary>
public sealed class StrengeBodyServer : SociaalNetwerkServer
{
    protected override void ConfigureerDiensten(IServiceCollection services) =>
        services.Configure<KestrelServerOptions>(kestrel => kestrel.Limits.MinRequestBodyDataRate = new MinDataRate(100, TimeSpan.FromSeconds(1.5)));
}

public sealed class TrageBodyTests(StrengeBodyServer server) : IClassFixture<StrengeBodyServer>
{
    [Fact]
    public async Task ABodyThatStallsGetsA408WithACode()
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(server.Adres.Host, server.Adres.Port);
        var stroom = tcp.GetStream();
        var kop = "POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nAccept: application/json\r\nContent-Length: 1000\r\n\r\n{\"query\":";
        await stroom.WriteAsync(Encoding.ASCII.GetBytes(kop));

        // Nothing more is sent; Kestrel stops waiting after its grace period and the endpoint answers.
        var antwoord = await new StreamReader(stroom, Encoding.UTF8).ReadToEndAsync().WaitAsync(TimeSpan.FromMinutes(1));

        Assert.StartsWith("HTTP/1.1 408", antwoord, StringComparison.Ordinal);
        Assert.Contains("\"code\":\"REQUEST_BODY_TIMEOUT\"", antwoord, StringComparison.Ordinal);
        Assert.Contains("X-Content-Type-Options: nosniff", antwoord, StringComparison.OrdinalIgnoreCase);
    }
}
