using SociaalNetwerk.Schema.GraphQL;

namespace SociaalNetwerk.Schema.Kenmerken;

public sealed class ThemaGraphType() : GelabeldeEnumGraphType<Thema>("Een thema van de sociale basis, zoals eenzaamheid of geldzaken.");

public sealed class DoelgroepGraphType() : GelabeldeEnumGraphType<Doelgroep>("Voor wie een activiteit bedoeld is.");

public sealed class KernopgaveGraphType() : GelabeldeEnumGraphType<Kernopgave>("Een van de drie kernopgaven van de sociale basis in Zoetermeer.");
