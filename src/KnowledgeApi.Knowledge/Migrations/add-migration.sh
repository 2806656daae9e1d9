#!/usr/bin/env bash
# Adds an EF Core migration: bash src/KnowledgeApi.Knowledge/Migrations/add-migration.sh <Name>
#
# Why a script: the package mirror has Microsoft.EntityFrameworkCore.Design but not all of its
# dependencies (Mono.TextTemplating, Microsoft.VisualStudio.SolutionPersistence), so no project
# here can reference it. Generating migrations needs neither of those, so a throwaway startup
# project outside the repository downloads the Design package alone (PackageDownload), references
# its assembly directly, and hosts `dotnet ef`. Then the migration gets its trigger SQL by hand if
# the model's triggers changed (see KnowledgeTriggers).
set -euo pipefail
name="${1:?usage: add-migration.sh <MigrationName>}"
repo="$(cd "$(dirname "$0")/../../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

[ -x /tmp/ef/dotnet-ef ] || dotnet tool install --tool-path /tmp/ef dotnet-ef --version 10.0.14 >/dev/null

cat > "$work/efhost.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <OutputType>Exe</OutputType>
    <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>
    <NoWarn>NU1603;NU1605;NU1608</NoWarn>
  </PropertyGroup>
  <ItemGroup>
    <PackageDownload Include="Microsoft.EntityFrameworkCore.Design" Version="[10.0.14]" />
    <PackageReference Include="Humanizer.Core" Version="2.14.1" />
    <PackageReference Include="Microsoft.CodeAnalysis.CSharp.Workspaces" Version="5.0.0" />
    <PackageReference Include="Microsoft.EntityFrameworkCore.Sqlite" Version="10.0.14" />
    <PackageReference Include="SQLitePCLRaw.bundle_e_sqlite3" Version="3.0.3" />
    <Reference Include="Microsoft.EntityFrameworkCore.Design" HintPath="\$(NuGetPackageRoot)microsoft.entityframeworkcore.design/10.0.14/lib/net10.0/Microsoft.EntityFrameworkCore.Design.dll" />
    <ProjectReference Include="$repo/src/KnowledgeApi.Knowledge/KnowledgeApi.Knowledge.csproj" />
  </ItemGroup>
</Project>
XML
echo 'System.Console.WriteLine();' > "$work/Program.cs"
dotnet build "$work/efhost.csproj" >/dev/null

cd "$repo"
/tmp/ef/dotnet-ef migrations add "$name" --no-build \
  --project src/KnowledgeApi.Knowledge --startup-project "$work" \
  --output-dir Migrations --namespace KnowledgeApi.Knowledge.Migrations

# dotnet ef places the snapshot in a folder named after its namespace; keep it with the migrations.
if [ -d src/KnowledgeApi.Knowledge/KnowledgeApi ]; then
  mv src/KnowledgeApi.Knowledge/KnowledgeApi/Knowledge/Migrations/*.cs src/KnowledgeApi.Knowledge/Migrations/
  rm -rf src/KnowledgeApi.Knowledge/KnowledgeApi
fi
