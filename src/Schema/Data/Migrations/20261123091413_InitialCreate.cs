using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SociaalNetwerk.Schema.Data.Migrations
{
    /// <inheritdoc />
    public partial class InitialCreate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Netwerken",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Naam = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Omschrijving = table.Column<string>(type: "TEXT", nullable: true),
                    Website = table.Column<string>(type: "TEXT", nullable: true),
                    OnderdeelVanId = table.Column<int>(type: "INTEGER", nullable: true)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Naam = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ZoekNaam = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ZoekTekst = table.Column<string>(type: "TEXT", maxLength: 4200, nullable: false),
                    Soort = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Omschrijving = table.Column<string>(type: "TEXT", nullable: true),
                    Website = table.Column<string>(type: "TEXT", nullable: true),
                    Email = table.Column<string>(type: "TEXT", nullable: true),
                    Telefoon = table.Column<string>(type: "TEXT", nullable: true),
                    Adres = table.Column<string>(type: "TEXT", nullable: true),
                    Postcode = table.Column<string>(type: "TEXT", nullable: true),
                    Plaats = table.Column<string>(type: "TEXT", nullable: true),
                    Themas = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Organisaties", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Wijken",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Naam = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Omschrijving = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Wijken", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "NetwerkGroepen",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    NetwerkId = table.Column<int>(type: "INTEGER", nullable: false),
                    Naam = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Soort = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Omschrijving = table.Column<string>(type: "TEXT", nullable: true)
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
                name: "Locaties",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Naam = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Adres = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Postcode = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Plaats = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    WijkId = table.Column<int>(type: "INTEGER", nullable: true),
                    Rolstoeltoegankelijk = table.Column<bool>(type: "INTEGER", nullable: false),
                    Ringleiding = table.Column<bool>(type: "INTEGER", nullable: false),
                    ToegankelijkheidToelichting = table.Column<string>(type: "TEXT", nullable: true)
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
                    OrganisatieId = table.Column<int>(type: "INTEGER", nullable: false),
                    WijkId = table.Column<int>(type: "INTEGER", nullable: false)
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
                name: "Lidmaatschappen",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OrganisatieId = table.Column<int>(type: "INTEGER", nullable: false),
                    NetwerkId = table.Column<int>(type: "INTEGER", nullable: false),
                    Rol = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    GroepId = table.Column<int>(type: "INTEGER", nullable: true),
                    Sinds = table.Column<DateOnly>(type: "TEXT", nullable: true)
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
                name: "Activiteiten",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Titel = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Omschrijving = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    ZoekTekst = table.Column<string>(type: "TEXT", maxLength: 4300, nullable: false),
                    NetwerkId = table.Column<int>(type: "INTEGER", nullable: true),
                    Soort = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Themas = table.Column<string>(type: "TEXT", nullable: false),
                    Kernopgaven = table.Column<string>(type: "TEXT", nullable: false),
                    Doelgroepen = table.Column<string>(type: "TEXT", nullable: false),
                    LocatieId = table.Column<int>(type: "INTEGER", nullable: true),
                    OnlineLink = table.Column<string>(type: "TEXT", nullable: true),
                    Start = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Eind = table.Column<DateTime>(type: "TEXT", nullable: false),
                    KostenInCenten = table.Column<int>(type: "INTEGER", nullable: true),
                    KostenToelichting = table.Column<string>(type: "TEXT", nullable: true),
                    Aanmelding = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    AanmeldLink = table.Column<string>(type: "TEXT", nullable: true),
                    AanmeldEmail = table.Column<string>(type: "TEXT", nullable: true),
                    AanmeldTelefoon = table.Column<string>(type: "TEXT", nullable: true),
                    Capaciteit = table.Column<int>(type: "INTEGER", nullable: true),
                    Rolstoeltoegankelijk = table.Column<bool>(type: "INTEGER", nullable: false),
                    Ringleiding = table.Column<bool>(type: "INTEGER", nullable: false),
                    EenvoudigeTaal = table.Column<bool>(type: "INTEGER", nullable: false),
                    GesprokenTalen = table.Column<string>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ContactNaam = table.Column<string>(type: "TEXT", nullable: true),
                    ContactEmail = table.Column<string>(type: "TEXT", nullable: true),
                    ContactTelefoon = table.Column<string>(type: "TEXT", nullable: true),
                    GewijzigdOp = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Herhaling = table.Column<string>(type: "TEXT", nullable: true)
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
                name: "ActiviteitOrganisatoren",
                columns: table => new
                {
                    ActiviteitId = table.Column<int>(type: "INTEGER", nullable: false),
                    OrganisatieId = table.Column<int>(type: "INTEGER", nullable: false)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ActiviteitId = table.Column<int>(type: "INTEGER", nullable: false),
                    Start = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Eind = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Geannuleerd = table.Column<bool>(type: "INTEGER", nullable: false)
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
                name: "IX_Wijken_Slug",
                table: "Wijken",
                column: "Slug",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ActiviteitOrganisatoren");

            migrationBuilder.DropTable(
                name: "Lidmaatschappen");

            migrationBuilder.DropTable(
                name: "OrganisatieWijken");

            migrationBuilder.DropTable(
                name: "Voorkomens");

            migrationBuilder.DropTable(
                name: "NetwerkGroepen");

            migrationBuilder.DropTable(
                name: "Organisaties");

            migrationBuilder.DropTable(
                name: "Activiteiten");

            migrationBuilder.DropTable(
                name: "Locaties");

            migrationBuilder.DropTable(
                name: "Netwerken");

            migrationBuilder.DropTable(
                name: "Wijken");
        }
    }
}
