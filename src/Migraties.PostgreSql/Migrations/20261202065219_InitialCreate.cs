using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace SociaalNetwerk.Migraties.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class InitialCreate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Accounts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AangemaaktOp = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UitgenodigdOp = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    UitgeschakeldOp = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    UserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true, collation: "C"),
                    NormalizedUserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true, collation: "C"),
                    Email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true, collation: "C"),
                    NormalizedEmail = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true, collation: "C"),
                    EmailConfirmed = table.Column<bool>(type: "boolean", nullable: false),
                    PasswordHash = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    SecurityStamp = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    ConcurrencyStamp = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    PhoneNumber = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    PhoneNumberConfirmed = table.Column<bool>(type: "boolean", nullable: false),
                    TwoFactorEnabled = table.Column<bool>(type: "boolean", nullable: false),
                    LockoutEnd = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LockoutEnabled = table.Column<bool>(type: "boolean", nullable: false),
                    AccessFailedCount = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Accounts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ApiSleutels",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Kenmerk = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false, collation: "C"),
                    Hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    Rol = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    OrganisatieId = table.Column<int>(type: "integer", nullable: true),
                    ParticipatietrajectId = table.Column<int>(type: "integer", nullable: true),
                    Omschrijving = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    AangemaaktOp = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    IngetrokkenOp = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ApiSleutels", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Instellingen",
                columns: table => new
                {
                    Sleutel = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false, collation: "C"),
                    Waarde = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Instellingen", x => x.Sleutel);
                });

            migrationBuilder.CreateTable(
                name: "Netwerken",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Naam = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    Omschrijving = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    Website = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    OnderdeelVanId = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Netwerken", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Netwerken_Netwerken_OnderdeelVanId",
                        column: x => x.OnderdeelVanId,
                        principalTable: "Netwerken",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "Organisaties",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Naam = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    ZoekNaam = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    ZoekTekst = table.Column<string>(type: "character varying(4200)", maxLength: 4200, nullable: false, collation: "C"),
                    Soort = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Omschrijving = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    Website = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    Email = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    Telefoon = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    Adres = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    Postcode = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    Plaats = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    Themas = table.Column<string[]>(type: "text[]", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Organisaties", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Participatietrajecten",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Naam = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    Omschrijving = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    Onderwerp = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    Fase = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Participatietrajecten", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Wijken",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Slug = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    Naam = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false, collation: "C"),
                    Omschrijving = table.Column<string>(type: "text", nullable: true, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Wijken", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Wijzigingen",
                columns: table => new
                {
                    Volgnummer = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Tijdstip = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    DoorKenmerk = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true, collation: "C"),
                    AccountId = table.Column<int>(type: "integer", nullable: true),
                    DoorNaam = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false, collation: "C"),
                    Rol = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    ObjectType = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false, collation: "C"),
                    ObjectId = table.Column<int>(type: "integer", nullable: false),
                    Soort = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Velden = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Wijzigingen", x => x.Volgnummer);
                });

            migrationBuilder.CreateTable(
                name: "AccountClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UserId = table.Column<int>(type: "integer", nullable: false),
                    ClaimType = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    ClaimValue = table.Column<string>(type: "text", nullable: true, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AccountClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AccountClaims_Accounts_UserId",
                        column: x => x.UserId,
                        principalTable: "Accounts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AccountLogins",
                columns: table => new
                {
                    LoginProvider = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    ProviderKey = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    ProviderDisplayName = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    UserId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AccountLogins", x => new { x.LoginProvider, x.ProviderKey });
                    table.ForeignKey(
                        name: "FK_AccountLogins_Accounts_UserId",
                        column: x => x.UserId,
                        principalTable: "Accounts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AccountTokens",
                columns: table => new
                {
                    UserId = table.Column<int>(type: "integer", nullable: false),
                    LoginProvider = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    Name = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    Value = table.Column<string>(type: "text", nullable: true, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AccountTokens", x => new { x.UserId, x.LoginProvider, x.Name });
                    table.ForeignKey(
                        name: "FK_AccountTokens_Accounts_UserId",
                        column: x => x.UserId,
                        principalTable: "Accounts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "NetwerkGroepen",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    NetwerkId = table.Column<int>(type: "integer", nullable: false),
                    Naam = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    Soort = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Omschrijving = table.Column<string>(type: "text", nullable: true, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NetwerkGroepen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_NetwerkGroepen_Netwerken_NetwerkId",
                        column: x => x.NetwerkId,
                        principalTable: "Netwerken",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AccountRollen",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AccountId = table.Column<int>(type: "integer", nullable: false),
                    Rol = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    OrganisatieId = table.Column<int>(type: "integer", nullable: true),
                    ParticipatietrajectId = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AccountRollen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AccountRollen_Accounts_AccountId",
                        column: x => x.AccountId,
                        principalTable: "Accounts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AccountRollen_Organisaties_OrganisatieId",
                        column: x => x.OrganisatieId,
                        principalTable: "Organisaties",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AccountRollen_Participatietrajecten_ParticipatietrajectId",
                        column: x => x.ParticipatietrajectId,
                        principalTable: "Participatietrajecten",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Uitvragen",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ParticipatietrajectId = table.Column<int>(type: "integer", nullable: false),
                    Titel = table.Column<string>(type: "text", nullable: false),
                    Inleiding = table.Column<string>(type: "text", nullable: false),
                    Doelgroepen = table.Column<string[]>(type: "text[]", nullable: false),
                    OpenVanaf = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    OpenTot = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Status = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Privacyverklaring = table.Column<string>(type: "text", nullable: false),
                    BewaartermijnDagen = table.Column<int>(type: "integer", nullable: false),
                    ContactgegevensVragen = table.Column<bool>(type: "boolean", nullable: false),
                    ProfielvraagWijk = table.Column<bool>(type: "boolean", nullable: false),
                    ProfielvraagDoelgroep = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Uitvragen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Uitvragen_Participatietrajecten_ParticipatietrajectId",
                        column: x => x.ParticipatietrajectId,
                        principalTable: "Participatietrajecten",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Locaties",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Naam = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    ZoekNaam = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    ZoekTekst = table.Column<string>(type: "character varying(520)", maxLength: 520, nullable: false, collation: "C"),
                    Adres = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    Postcode = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false, collation: "C"),
                    Plaats = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false, collation: "C"),
                    WijkId = table.Column<int>(type: "integer", nullable: true),
                    Rolstoeltoegankelijk = table.Column<bool>(type: "boolean", nullable: false),
                    Ringleiding = table.Column<bool>(type: "boolean", nullable: false),
                    ToegankelijkheidToelichting = table.Column<string>(type: "text", nullable: true, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Locaties", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Locaties_Wijken_WijkId",
                        column: x => x.WijkId,
                        principalTable: "Wijken",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "OrganisatieWijken",
                columns: table => new
                {
                    OrganisatieId = table.Column<int>(type: "integer", nullable: false),
                    WijkId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OrganisatieWijken", x => new { x.OrganisatieId, x.WijkId });
                    table.ForeignKey(
                        name: "FK_OrganisatieWijken_Organisaties_OrganisatieId",
                        column: x => x.OrganisatieId,
                        principalTable: "Organisaties",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_OrganisatieWijken_Wijken_WijkId",
                        column: x => x.WijkId,
                        principalTable: "Wijken",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "WijzigingOrganisaties",
                columns: table => new
                {
                    Volgnummer = table.Column<int>(type: "integer", nullable: false),
                    OrganisatieId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WijzigingOrganisaties", x => new { x.Volgnummer, x.OrganisatieId });
                    table.ForeignKey(
                        name: "FK_WijzigingOrganisaties_Wijzigingen_Volgnummer",
                        column: x => x.Volgnummer,
                        principalTable: "Wijzigingen",
                        principalColumn: "Volgnummer",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Lidmaatschappen",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OrganisatieId = table.Column<int>(type: "integer", nullable: false),
                    NetwerkId = table.Column<int>(type: "integer", nullable: false),
                    Rol = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    GroepId = table.Column<int>(type: "integer", nullable: true),
                    Sinds = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Lidmaatschappen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Lidmaatschappen_NetwerkGroepen_GroepId",
                        column: x => x.GroepId,
                        principalTable: "NetwerkGroepen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_Lidmaatschappen_Netwerken_NetwerkId",
                        column: x => x.NetwerkId,
                        principalTable: "Netwerken",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Lidmaatschappen_Organisaties_OrganisatieId",
                        column: x => x.OrganisatieId,
                        principalTable: "Organisaties",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Reacties",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UitvraagId = table.Column<int>(type: "integer", nullable: false),
                    IdempotentieSleutel = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false, collation: "C"),
                    InhoudHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true, collation: "C"),
                    OntvangstcodeHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    Kanaal = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    IngediendOp = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Taal = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false, collation: "C"),
                    WijkId = table.Column<int>(type: "integer", nullable: true),
                    Doelgroep = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    ContactToestemming = table.Column<bool>(type: "boolean", nullable: false),
                    ContactNaam = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true, collation: "C"),
                    ContactEmail = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true, collation: "C"),
                    ContactTelefoon = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true, collation: "C"),
                    Formuliernummer = table.Column<int>(type: "integer", nullable: true),
                    IngevoerdDoor = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true, collation: "C"),
                    PersoonsgegevensVerwijderdOp = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Proef = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Reacties", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Reacties_Uitvragen_UitvraagId",
                        column: x => x.UitvraagId,
                        principalTable: "Uitvragen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Vragen",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UitvraagId = table.Column<int>(type: "integer", nullable: false),
                    Volgorde = table.Column<int>(type: "integer", nullable: false),
                    Type = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Tekst = table.Column<string>(type: "text", nullable: false),
                    Toelichting = table.Column<string>(type: "text", nullable: true),
                    Verplicht = table.Column<bool>(type: "boolean", nullable: false),
                    MaxLengte = table.Column<int>(type: "integer", nullable: true),
                    MaxKeuzes = table.Column<int>(type: "integer", nullable: true),
                    SchaalMin = table.Column<int>(type: "integer", nullable: true),
                    SchaalMax = table.Column<int>(type: "integer", nullable: true),
                    SchaalLabelMin = table.Column<string>(type: "text", nullable: true),
                    SchaalLabelMax = table.Column<string>(type: "text", nullable: true),
                    EigenFactorenToegestaan = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Vragen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Vragen_Uitvragen_UitvraagId",
                        column: x => x.UitvraagId,
                        principalTable: "Uitvragen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Activiteiten",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Titel = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    Omschrijving = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false, collation: "C"),
                    ZoekTekst = table.Column<string>(type: "character varying(4300)", maxLength: 4300, nullable: false, collation: "C"),
                    NetwerkId = table.Column<int>(type: "integer", nullable: true),
                    Soort = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Themas = table.Column<string[]>(type: "text[]", nullable: false),
                    Kernopgaven = table.Column<string[]>(type: "text[]", nullable: false),
                    Doelgroepen = table.Column<string[]>(type: "text[]", nullable: false),
                    LocatieId = table.Column<int>(type: "integer", nullable: true),
                    OnlineLink = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    Start = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Eind = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    KostenInCenten = table.Column<int>(type: "integer", nullable: true),
                    KostenToelichting = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    Aanmelding = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    AanmeldLink = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    AanmeldEmail = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    AanmeldTelefoon = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    Capaciteit = table.Column<int>(type: "integer", nullable: true),
                    Rolstoeltoegankelijk = table.Column<bool>(type: "boolean", nullable: false),
                    Ringleiding = table.Column<bool>(type: "boolean", nullable: false),
                    EenvoudigeTaal = table.Column<bool>(type: "boolean", nullable: false),
                    GesprokenTalen = table.Column<List<string>>(type: "text[]", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    AnnuleringReden = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true, collation: "C"),
                    ContactNaam = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    ContactEmail = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    ContactTelefoon = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    GewijzigdOp = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Herhaling = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Activiteiten", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Activiteiten_Locaties_LocatieId",
                        column: x => x.LocatieId,
                        principalTable: "Locaties",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_Activiteiten_Netwerken_NetwerkId",
                        column: x => x.NetwerkId,
                        principalTable: "Netwerken",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "Antwoorden",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ReactieId = table.Column<int>(type: "integer", nullable: false),
                    VraagId = table.Column<int>(type: "integer", nullable: false),
                    OptieId = table.Column<int>(type: "integer", nullable: true),
                    Getal = table.Column<int>(type: "integer", nullable: true),
                    Tekst = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true, collation: "C"),
                    GenormaliseerdeTekst = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true, collation: "C"),
                    FactorSoort = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Antwoorden", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Antwoorden_Reacties_ReactieId",
                        column: x => x.ReactieId,
                        principalTable: "Reacties",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Antwoordopties",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    VraagId = table.Column<int>(type: "integer", nullable: false),
                    Volgorde = table.Column<int>(type: "integer", nullable: false),
                    Tekst = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Antwoordopties", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Antwoordopties_Vragen_VraagId",
                        column: x => x.VraagId,
                        principalTable: "Vragen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ActiviteitOrganisatoren",
                columns: table => new
                {
                    ActiviteitId = table.Column<int>(type: "integer", nullable: false),
                    OrganisatieId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ActiviteitOrganisatoren", x => new { x.ActiviteitId, x.OrganisatieId });
                    table.ForeignKey(
                        name: "FK_ActiviteitOrganisatoren_Activiteiten_ActiviteitId",
                        column: x => x.ActiviteitId,
                        principalTable: "Activiteiten",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ActiviteitOrganisatoren_Organisaties_OrganisatieId",
                        column: x => x.OrganisatieId,
                        principalTable: "Organisaties",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Voorkomens",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ActiviteitId = table.Column<int>(type: "integer", nullable: false),
                    Start = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Eind = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Geannuleerd = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Voorkomens", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Voorkomens_Activiteiten_ActiviteitId",
                        column: x => x.ActiviteitId,
                        principalTable: "Activiteiten",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AccountClaims_UserId",
                table: "AccountClaims",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AccountLogins_UserId",
                table: "AccountLogins",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AccountRollen_AccountId_Rol_OrganisatieId_Participatietraje~",
                table: "AccountRollen",
                columns: new[] { "AccountId", "Rol", "OrganisatieId", "ParticipatietrajectId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AccountRollen_OrganisatieId",
                table: "AccountRollen",
                column: "OrganisatieId");

            migrationBuilder.CreateIndex(
                name: "IX_AccountRollen_ParticipatietrajectId",
                table: "AccountRollen",
                column: "ParticipatietrajectId");

            migrationBuilder.CreateIndex(
                name: "EmailIndex",
                table: "Accounts",
                column: "NormalizedEmail");

            migrationBuilder.CreateIndex(
                name: "UserNameIndex",
                table: "Accounts",
                column: "NormalizedUserName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Activiteiten_LocatieId",
                table: "Activiteiten",
                column: "LocatieId");

            migrationBuilder.CreateIndex(
                name: "IX_Activiteiten_NetwerkId",
                table: "Activiteiten",
                column: "NetwerkId");

            migrationBuilder.CreateIndex(
                name: "IX_Activiteiten_Start_Id",
                table: "Activiteiten",
                columns: new[] { "Start", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_ActiviteitOrganisatoren_OrganisatieId_ActiviteitId",
                table: "ActiviteitOrganisatoren",
                columns: new[] { "OrganisatieId", "ActiviteitId" });

            migrationBuilder.CreateIndex(
                name: "IX_Antwoorden_ReactieId",
                table: "Antwoorden",
                column: "ReactieId");

            migrationBuilder.CreateIndex(
                name: "IX_Antwoorden_VraagId_OptieId",
                table: "Antwoorden",
                columns: new[] { "VraagId", "OptieId" });

            migrationBuilder.CreateIndex(
                name: "IX_Antwoordopties_VraagId",
                table: "Antwoordopties",
                column: "VraagId");

            migrationBuilder.CreateIndex(
                name: "IX_ApiSleutels_Kenmerk",
                table: "ApiSleutels",
                column: "Kenmerk",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Lidmaatschappen_GroepId",
                table: "Lidmaatschappen",
                column: "GroepId");

            migrationBuilder.CreateIndex(
                name: "IX_Lidmaatschappen_NetwerkId_OrganisatieId",
                table: "Lidmaatschappen",
                columns: new[] { "NetwerkId", "OrganisatieId" });

            migrationBuilder.CreateIndex(
                name: "IX_Lidmaatschappen_OrganisatieId",
                table: "Lidmaatschappen",
                column: "OrganisatieId");

            migrationBuilder.CreateIndex(
                name: "IX_Locaties_WijkId",
                table: "Locaties",
                column: "WijkId");

            migrationBuilder.CreateIndex(
                name: "IX_Locaties_ZoekNaam_Id",
                table: "Locaties",
                columns: new[] { "ZoekNaam", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Netwerken_OnderdeelVanId",
                table: "Netwerken",
                column: "OnderdeelVanId");

            migrationBuilder.CreateIndex(
                name: "IX_NetwerkGroepen_NetwerkId",
                table: "NetwerkGroepen",
                column: "NetwerkId");

            migrationBuilder.CreateIndex(
                name: "IX_Organisaties_ZoekNaam_Id",
                table: "Organisaties",
                columns: new[] { "ZoekNaam", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_OrganisatieWijken_WijkId",
                table: "OrganisatieWijken",
                column: "WijkId");

            migrationBuilder.CreateIndex(
                name: "IX_Reacties_OntvangstcodeHash",
                table: "Reacties",
                column: "OntvangstcodeHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Reacties_UitvraagId_Formuliernummer",
                table: "Reacties",
                columns: new[] { "UitvraagId", "Formuliernummer" },
                unique: true,
                filter: "\"Formuliernummer\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Reacties_UitvraagId_IdempotentieSleutel",
                table: "Reacties",
                columns: new[] { "UitvraagId", "IdempotentieSleutel" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Uitvragen_ParticipatietrajectId",
                table: "Uitvragen",
                column: "ParticipatietrajectId");

            migrationBuilder.CreateIndex(
                name: "IX_Voorkomens_ActiviteitId_Start",
                table: "Voorkomens",
                columns: new[] { "ActiviteitId", "Start" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Voorkomens_Eind",
                table: "Voorkomens",
                column: "Eind");

            migrationBuilder.CreateIndex(
                name: "IX_Voorkomens_Start_Id",
                table: "Voorkomens",
                columns: new[] { "Start", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Vragen_UitvraagId_Volgorde",
                table: "Vragen",
                columns: new[] { "UitvraagId", "Volgorde" });

            migrationBuilder.CreateIndex(
                name: "IX_Wijken_Slug",
                table: "Wijken",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Wijzigingen_ObjectType_ObjectId_Volgnummer",
                table: "Wijzigingen",
                columns: new[] { "ObjectType", "ObjectId", "Volgnummer" });

            migrationBuilder.CreateIndex(
                name: "IX_Wijzigingen_ObjectType_Volgnummer",
                table: "Wijzigingen",
                columns: new[] { "ObjectType", "Volgnummer" });

            migrationBuilder.CreateIndex(
                name: "IX_WijzigingOrganisaties_OrganisatieId_Volgnummer",
                table: "WijzigingOrganisaties",
                columns: new[] { "OrganisatieId", "Volgnummer" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AccountClaims");

            migrationBuilder.DropTable(
                name: "AccountLogins");

            migrationBuilder.DropTable(
                name: "AccountRollen");

            migrationBuilder.DropTable(
                name: "AccountTokens");

            migrationBuilder.DropTable(
                name: "ActiviteitOrganisatoren");

            migrationBuilder.DropTable(
                name: "Antwoorden");

            migrationBuilder.DropTable(
                name: "Antwoordopties");

            migrationBuilder.DropTable(
                name: "ApiSleutels");

            migrationBuilder.DropTable(
                name: "Instellingen");

            migrationBuilder.DropTable(
                name: "Lidmaatschappen");

            migrationBuilder.DropTable(
                name: "OrganisatieWijken");

            migrationBuilder.DropTable(
                name: "Voorkomens");

            migrationBuilder.DropTable(
                name: "WijzigingOrganisaties");

            migrationBuilder.DropTable(
                name: "Accounts");

            migrationBuilder.DropTable(
                name: "Reacties");

            migrationBuilder.DropTable(
                name: "Vragen");

            migrationBuilder.DropTable(
                name: "NetwerkGroepen");

            migrationBuilder.DropTable(
                name: "Organisaties");

            migrationBuilder.DropTable(
                name: "Activiteiten");

            migrationBuilder.DropTable(
                name: "Wijzigingen");

            migrationBuilder.DropTable(
                name: "Uitvragen");

            migrationBuilder.DropTable(
                name: "Locaties");

            migrationBuilder.DropTable(
                name: "Netwerken");

            migrationBuilder.DropTable(
                name: "Participatietrajecten");

            migrationBuilder.DropTable(
                name: "Wijken");
        }
    }
}
