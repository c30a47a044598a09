using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SociaalNetwerk.Schema.Data.Migrations
{
    /// <inheritdoc />
    public partial class MeerdereInstanties : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "DataProtectionKeys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FriendlyName = table.Column<string>(type: "TEXT", nullable: true),
                    Xml = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataProtectionKeys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Inzendtellingen",
                columns: table => new
                {
                    Adres = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Venster = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Aantal = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Inzendtellingen", x => new { x.Adres, x.Venster });
                });

            migrationBuilder.CreateTable(
                name: "Taakvergrendelingen",
                columns: table => new
                {
                    Naam = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Houder = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    VerlooptOp = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Taakvergrendelingen", x => x.Naam);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Inzendtellingen_Venster",
                table: "Inzendtellingen",
                column: "Venster");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DataProtectionKeys");

            migrationBuilder.DropTable(
                name: "Inzendtellingen");

            migrationBuilder.DropTable(
                name: "Taakvergrendelingen");
        }
    }
}
