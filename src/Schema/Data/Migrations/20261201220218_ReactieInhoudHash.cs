using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SociaalNetwerk.Schema.Data.Migrations
{
    /// <inheritdoc />
    public partial class ReactieInhoudHash : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "InhoudHash",
                table: "Reacties",
                type: "TEXT",
                maxLength: 64,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "InhoudHash",
                table: "Reacties");
        }
    }
}
