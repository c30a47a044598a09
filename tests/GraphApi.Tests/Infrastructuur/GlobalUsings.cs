// The namespaces that nearly every test of this project uses: the test client and server, the database, the schema's
// plumbing and participation domain, JSON and HTTP. A test file adds only what is particular to it.
global using System.Net;
global using System.Text.Json.Nodes;
global using System.Text.RegularExpressions;
global using Microsoft.EntityFrameworkCore;
global using Microsoft.Extensions.DependencyInjection;
global using SociaalNetwerk.GraphApi.Tests.Infrastructuur;
global using SociaalNetwerk.Schema.Data;
global using SociaalNetwerk.Schema.GraphQL;
global using SociaalNetwerk.Schema.Participatie;
