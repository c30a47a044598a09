using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SociaalNetwerk.Schema.Data.Migrations
{
    /// <inheritdoc />
    public partial class PortaalSessies : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "PortaalSessies",
                columns: table => new
                {
                    Sleutel = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    AccountId = table.Column<int>(type: "INTEGER", nullable: false),
                    Ticket = table.Column<byte[]>(type: "BLOB", nullable: false),
                    AangemaaktOp = table.Column<DateTime>(type: "TEXT", nullable: false),
                    VerlooptOp = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PortaalSessies", x => x.Sleutel);
                    table.ForeignKey(
                        name: "FK_PortaalSessies_Accounts_AccountId",
                        column: x => x.AccountId,
                        principalTable: "Accounts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PortaalSessies_AccountId",
                table: "PortaalSessies",
                column: "AccountId");

            migrationBuilder.CreateIndex(
                name: "IX_PortaalSessies_VerlooptOp",
                table: "PortaalSessies",
                column: "VerlooptOp");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PortaalSessies");
        }
    }
}
