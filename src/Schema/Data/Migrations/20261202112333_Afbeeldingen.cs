using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SociaalNetwerk.Schema.Data.Migrations
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
                type: "TEXT",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AfbeeldingUrl",
                table: "Organisaties",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AfbeeldingAlt",
                table: "Activiteiten",
                type: "TEXT",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AfbeeldingUrl",
                table: "Activiteiten",
                type: "TEXT",
                maxLength: 500,
                nullable: true);
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
