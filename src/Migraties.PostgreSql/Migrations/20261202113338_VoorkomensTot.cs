using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SociaalNetwerk.Migraties.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class VoorkomensTot : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "VoorkomensTot",
                table: "Activiteiten",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Activiteiten_VoorkomensTot",
                table: "Activiteiten",
                column: "VoorkomensTot");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Activiteiten_VoorkomensTot",
                table: "Activiteiten");

            migrationBuilder.DropColumn(
                name: "VoorkomensTot",
                table: "Activiteiten");
        }
    }
}
