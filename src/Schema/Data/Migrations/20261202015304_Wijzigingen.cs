using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SociaalNetwerk.Schema.Data.Migrations
{
    /// <inheritdoc />
    public partial class Wijzigingen : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Wijzigingen",
                columns: table => new
                {
                    Volgnummer = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Tijdstip = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DoorKenmerk = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    AccountId = table.Column<int>(type: "INTEGER", nullable: true),
                    DoorNaam = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Rol = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    ObjectType = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    ObjectId = table.Column<int>(type: "INTEGER", nullable: false),
                    Soort = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Velden = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Wijzigingen", x => x.Volgnummer);
                });

            migrationBuilder.CreateTable(
                name: "WijzigingOrganisaties",
                columns: table => new
                {
                    Volgnummer = table.Column<int>(type: "INTEGER", nullable: false),
                    OrganisatieId = table.Column<int>(type: "INTEGER", nullable: false)
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
                name: "WijzigingOrganisaties");

            migrationBuilder.DropTable(
                name: "Wijzigingen");
        }
    }
}
