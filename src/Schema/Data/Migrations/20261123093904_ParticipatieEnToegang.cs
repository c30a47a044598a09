using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SociaalNetwerk.Schema.Data.Migrations
{
    /// <inheritdoc />
    public partial class ParticipatieEnToegang : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ApiSleutels",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Kenmerk = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Rol = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    OrganisatieId = table.Column<int>(type: "INTEGER", nullable: true),
                    ParticipatietrajectId = table.Column<int>(type: "INTEGER", nullable: true),
                    Omschrijving = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    AangemaaktOp = table.Column<DateTime>(type: "TEXT", nullable: false),
                    IngetrokkenOp = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ApiSleutels", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Participatietrajecten",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Naam = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Omschrijving = table.Column<string>(type: "TEXT", nullable: false),
                    Onderwerp = table.Column<string>(type: "TEXT", nullable: false),
                    Fase = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Participatietrajecten", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Uitvragen",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ParticipatietrajectId = table.Column<int>(type: "INTEGER", nullable: false),
                    Titel = table.Column<string>(type: "TEXT", nullable: false),
                    Inleiding = table.Column<string>(type: "TEXT", nullable: false),
                    Doelgroepen = table.Column<string>(type: "TEXT", nullable: false),
                    OpenVanaf = table.Column<DateTime>(type: "TEXT", nullable: false),
                    OpenTot = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Privacyverklaring = table.Column<string>(type: "TEXT", nullable: false),
                    BewaartermijnDagen = table.Column<int>(type: "INTEGER", nullable: false),
                    ContactgegevensVragen = table.Column<bool>(type: "INTEGER", nullable: false),
                    ProfielvraagWijk = table.Column<bool>(type: "INTEGER", nullable: false),
                    ProfielvraagDoelgroep = table.Column<bool>(type: "INTEGER", nullable: false)
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
                name: "Reacties",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UitvraagId = table.Column<int>(type: "INTEGER", nullable: false),
                    IdempotentieSleutel = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    OntvangstcodeHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Kanaal = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    IngediendOp = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Taal = table.Column<string>(type: "TEXT", maxLength: 5, nullable: false),
                    WijkId = table.Column<int>(type: "INTEGER", nullable: true),
                    Doelgroep = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    ContactToestemming = table.Column<bool>(type: "INTEGER", nullable: false),
                    ContactNaam = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ContactEmail = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ContactTelefoon = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    IngevoerdDoor = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    PersoonsgegevensVerwijderdOp = table.Column<DateTime>(type: "TEXT", nullable: true)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UitvraagId = table.Column<int>(type: "INTEGER", nullable: false),
                    Volgorde = table.Column<int>(type: "INTEGER", nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Tekst = table.Column<string>(type: "TEXT", nullable: false),
                    Toelichting = table.Column<string>(type: "TEXT", nullable: true),
                    Verplicht = table.Column<bool>(type: "INTEGER", nullable: false),
                    MaxLengte = table.Column<int>(type: "INTEGER", nullable: true),
                    MaxKeuzes = table.Column<int>(type: "INTEGER", nullable: true),
                    SchaalMin = table.Column<int>(type: "INTEGER", nullable: true),
                    SchaalMax = table.Column<int>(type: "INTEGER", nullable: true),
                    SchaalLabelMin = table.Column<string>(type: "TEXT", nullable: true),
                    SchaalLabelMax = table.Column<string>(type: "TEXT", nullable: true),
                    EigenFactorenToegestaan = table.Column<bool>(type: "INTEGER", nullable: false)
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
                name: "Antwoorden",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ReactieId = table.Column<int>(type: "INTEGER", nullable: false),
                    VraagId = table.Column<int>(type: "INTEGER", nullable: false),
                    OptieId = table.Column<int>(type: "INTEGER", nullable: true),
                    Getal = table.Column<int>(type: "INTEGER", nullable: true),
                    Tekst = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    GenormaliseerdeTekst = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    FactorSoort = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    VraagId = table.Column<int>(type: "INTEGER", nullable: false),
                    Volgorde = table.Column<int>(type: "INTEGER", nullable: false),
                    Tekst = table.Column<string>(type: "TEXT", nullable: false)
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
                name: "IX_Reacties_OntvangstcodeHash",
                table: "Reacties",
                column: "OntvangstcodeHash",
                unique: true);

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
                name: "IX_Vragen_UitvraagId_Volgorde",
                table: "Vragen",
                columns: new[] { "UitvraagId", "Volgorde" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Antwoorden");

            migrationBuilder.DropTable(
                name: "Antwoordopties");

            migrationBuilder.DropTable(
                name: "ApiSleutels");

            migrationBuilder.DropTable(
                name: "Reacties");

            migrationBuilder.DropTable(
                name: "Vragen");

            migrationBuilder.DropTable(
                name: "Uitvragen");

            migrationBuilder.DropTable(
                name: "Participatietrajecten");
        }
    }
}
