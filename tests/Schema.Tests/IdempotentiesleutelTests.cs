using System.Buffers.Text;
using System.Security.Cryptography;
using SociaalNetwerk.Schema.Participatie;

namespace SociaalNetwerk.Schema.Tests;

/// <summary>The rule of <see cref="Idempotentiesleutels"/>: random keys in both forms pass, whatever the draw.</summary>
public sealed class IdempotentiesleutelTests
{
    [Fact]
    public void TenThousandRandomKeysOfEachFormAreAcceptedAsTheyAreOrInLowerCase()
    {
        for (var i = 0; i < 10_000; i++)
        {
            var uuid = Guid.NewGuid().ToString();
            var base64 = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(16 + (i % 49)));

            Assert.Equal(uuid, Idempotentiesleutels.Normaliseer(uuid.ToUpperInvariant()));
            Assert.Equal(base64, Idempotentiesleutels.Normaliseer(base64));
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("3f2a9c1e-4b7d-4e21-9c3a-5d8f0b6e2a17x")]
    [InlineData("3f2a9c1e+4b7d+4e21+9c3a+5d8f0b6e2a17")]
    [InlineData("3f2a9c1e-4b7d-4e21-9c3a-5d8f0b6e2a17\nx")]
    [InlineData("q83vEjRWeJq83vEjRWeJr")]
    [InlineData("q83vEjRWeJq83vEjRWeJqx")]
    [InlineData("q83v EjRWeJq83vEjRWeJqw")]
    [InlineData("01010101-0101-0101-0101-010101010101")]
    public void MalformedOrRepetitiveKeysAreRefused(string sleutel) => Assert.Null(Idempotentiesleutels.Normaliseer(sleutel));

    [Fact]
    public void ACanonicalBase64UrlKeyOf16BytesIsAccepted() => Assert.Equal("q83vEjRWeJq83vEjRWeJqw", Idempotentiesleutels.Normaliseer(" q83vEjRWeJq83vEjRWeJqw "));
}
