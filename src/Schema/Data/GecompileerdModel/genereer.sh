#!/usr/bin/env bash
# Regenerates the compiled EF Core models of both providers (see GecompileerdeModellen.cs and docs/development.md).
# Run after every change to the model, with the migrations. The old models are deleted first: the build then uses the
# model built from the configuration, so this works even when a change made the old generated code stop compiling.
set -euo pipefail
cd "$(dirname "$0")/../../../.."
map=src/Schema/Data/GecompileerdModel
dotnet tool restore >/dev/null
rm -rf "$map/Sqlite" "$map/PostgreSql"
dotnet tool run dotnet-ef dbcontext optimize --project src/Schema \
  --output-dir Data/GecompileerdModel/Sqlite --namespace SociaalNetwerk.Schema.Data.GecompileerdModel.Sqlite
dotnet tool run dotnet-ef dbcontext optimize --project src/Migraties.PostgreSql \
  --output-dir ../Schema/Data/GecompileerdModel/PostgreSql --namespace SociaalNetwerk.Schema.Data.GecompileerdModel.PostgreSql
# EF Core finds a compiled model by this assembly attribute when none is given, without looking at the provider: with
# two in one assembly it would pick neither (an error). DatabaseKeuze.Configureer passes the right one with UseModel.
rm -f "$map"/*/SociaalNetwerkDbContextAssemblyAttributes.cs
