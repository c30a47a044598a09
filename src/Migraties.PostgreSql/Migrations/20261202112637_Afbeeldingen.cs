using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SociaalNetwerk.Migraties.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class Afbeeldingen : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "AfbeeldingAlt",
                table: "Organisaties",
                type: "character varying(300)",
                maxLength: 300,
                nullable: true,
                collation: "C");

            migrationBuilder.AddColumn<string>(
                name: "AfbeeldingUrl",
                table: "Organisaties",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true,
                collation: "C");

            migrationBuilder.AddColumn<string>(
                name: "AfbeeldingAlt",
                table: "Activiteiten",
                type: "character varying(300)",
                maxLength: 300,
                nullable: true,
                collation: "C");

            migrationBuilder.AddColumn<string>(
                name: "AfbeeldingUrl",
                table: "Activiteiten",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true,
                collation: "C");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "AfbeeldingAlt",
                table: "Organisaties");

            migrationBuilder.DropColumn(
                name: "AfbeeldingUrl",
                table: "Organisaties");

            migrationBuilder.DropColumn(
                name: "AfbeeldingAlt",
                table: "Activiteiten");

            migrationBuilder.DropColumn(
                name: "AfbeeldingUrl",
                table: "Activiteiten");
        }
    }
}
