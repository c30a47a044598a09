using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace SociaalNetwerk.Migraties.PostgreSql.Migrations
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    FriendlyName = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    Xml = table.Column<string>(type: "text", nullable: true, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataProtectionKeys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Inzendtellingen",
                columns: table => new
                {
                    Adres = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    Venster = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Aantal = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Inzendtellingen", x => new { x.Adres, x.Venster });
                });

            migrationBuilder.CreateTable(
                name: "Taakvergrendelingen",
                columns: table => new
                {
                    Naam = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false, collation: "C"),
                    Houder = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    VerlooptOp = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
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
