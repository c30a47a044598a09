using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SociaalNetwerk.Migraties.PostgreSql.Migrations
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
                    Wie = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    Sleutel = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false, collation: "C"),
                    Pad = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true, collation: "C"),
                    Sinds = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
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
