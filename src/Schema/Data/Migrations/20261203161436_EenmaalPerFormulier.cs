using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SociaalNetwerk.Schema.Data.Migrations
{
    /// <inheritdoc />
    public partial class EenmaalPerFormulier : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Formulierinzendingen",
                columns: table => new
                {
                    Wie = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Sleutel = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Pad = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Sinds = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Formulierinzendingen", x => new { x.Wie, x.Sleutel });
                });

            migrationBuilder.CreateIndex(
                name: "IX_Formulierinzendingen_Sinds",
                table: "Formulierinzendingen",
                column: "Sinds");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Formulierinzendingen");
        }
    }
}
