using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Zorginkoop.Dsl.Emit.Naming;
using Zorginkoop.Dsl.Semantics.Model;
using Zorginkoop.Dsl.Semantics.Symbols;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace Zorginkoop.Dsl.Emit.Generation;

/// <summary>
/// Every C# name the generated code uses for a policy symbol, decided once and up front in declaration order,
/// so that names are valid, unique per declaration space and the same on every build.
/// </summary>
internal sealed class GeneratedNames
{
    public const string PolicyClass = "Policy";
    public const string SchemasClass = "PolicySchemas";
    public const string DefinitionsClass = "PolicyDefinitions";
    public const string ConstantsClass = "PolicyConstants";

    /// <summary>The class that picks a version by date, declared by the versioned generator; reserved here so no policy name takes it.</summary>
    public const string VersionsClass = "PolicyVersions";

    /// <summary>
    /// The struct of one fast evaluation's memo: a typed slot and a "known" flag per definition and per included set,
    /// on the caller's stack and passed by reference, so <c>Check</c> remembers without allocating.
    /// </summary>
    public const string MemoStruct = "PolicyMemo";

    /// <summary>The key of an evaluator class in the evaluation's memo (an included set is evaluated once).</summary>
    public const string SetMemoKey = "MemoKey";

    /// <summary>The fixed members of every evaluator class.</summary>
    private static readonly string[] SetMembers = ["Name", "Title", "Location", "Evaluate", "Check", "EvaluateCore", "CheckCore", SetMemoKey];

    /// <summary>Members every class inherits from object; a generated member must not hide them.</summary>
    private static readonly string[] ObjectMembers = ["Equals", "GetHashCode", "ToString", "GetType", "MemberwiseClone", "Finalize", "ReferenceEquals"];

    private readonly Dictionary<ChoiceSymbol, string> choiceClasses = [];
    private readonly Dictionary<ChoiceMemberSymbol, string> choiceMembers = [];
    private readonly Dictionary<RecordSymbol, string> recordClasses = [];
    private readonly Dictionary<RecordSymbol, string> schemaFields = [];
    private readonly Dictionary<FieldSymbol, string> properties = [];
    private readonly Dictionary<RequirementSetSymbol, string> setClasses = [];
    private readonly Dictionary<RequirementSymbol, RequirementNames> requirements = [];
    private readonly Dictionary<DefinitionSymbol, DefinitionNames> definitions = [];
    private readonly Dictionary<object, MemoSlot> memoSlots = new(ReferenceEqualityComparer.Instance);
    private readonly List<(object Symbol, MemoSlot Slot)> memoSlotOrder = [];

    public GeneratedNames(CheckedPolicy policy, string policyIdentifier)
    {
        PolicyIdentifier = policyIdentifier;
        Namespace = PolicyNaming.Namespace(policyIdentifier);
        var types = new NameScope(PolicyClass, SchemasClass, DefinitionsClass, ConstantsClass, VersionsClass, MemoStruct,
            CSharpGenerator.TimelinesClass, CSharpGenerator.AddendaClass);
        foreach (var choice in policy.Choices)
        {
            var className = choiceClasses[choice] = AllocateType(types, choice.Name, "Members");
            var members = new NameScope([className, "Members", .. ObjectMembers]);
            foreach (var member in choice.Members)
            {
                choiceMembers[member] = members.Allocate(member.Name, pascalCase: false);
            }
        }

        var schemaScope = new NameScope([SchemasClass, "All", .. ObjectMembers]);
        foreach (var record in policy.Records)
        {
            var className = recordClasses[record] = AllocateType(types, record.Name, "Schema", "FromFacts", "ToFacts");
            schemaFields[record] = schemaScope.Allocate(record.Name);
            var members = new NameScope([className, "Schema", "FromFacts", "ToFacts", .. ObjectMembers]);
            foreach (var field in record.Fields)
            {
                properties[field] = members.Allocate(field.Name);
            }
        }

        // An addendum's own part is generated as a requirement set too (CSharpGenerator.Addenda.cs).
        foreach (var set in policy.RequirementSets.Concat(policy.Addenda.Select(AddendumPart.Of)))
        {
            var className = setClasses[set] = AllocateType(types, set.Name, SetMembers);
            var members = new NameScope([className, .. SetMembers, .. ObjectMembers]);
            foreach (var requirement in Flatten(set.Requirements))
            {
                var stem = requirement.Path[(set.Name.Length + 1)..].Replace('.', '_');
                var evaluate = members.Allocate(stem);
                requirements[requirement] = new RequirementNames(evaluate, members.Allocate("Check" + evaluate), members.Allocate(evaluate + "Location"));
            }
        }

        var definitionScope = new NameScope([DefinitionsClass, .. ObjectMembers]);
        foreach (var definition in policy.Definitions)
        {
            var traced = definitionScope.Allocate(definition.Name);
            definitions[definition] = new DefinitionNames(traced, definitionScope.Allocate(traced + "Check"), definitionScope.Allocate(traced + "Key"));
        }

        // The fast path's memo: every definition, and every set some set or addendum includes (a set only ever
        // evaluated from the outside is evaluated once anyway).
        var memoScope = new NameScope([MemoStruct, .. ObjectMembers]);
        void AddSlot(object symbol, string stem)
        {
            var value = memoScope.Allocate(stem);
            var slot = new MemoSlot(value, memoScope.Allocate(value + "Known"));
            memoSlots[symbol] = slot;
            memoSlotOrder.Add((symbol, slot));
        }

        foreach (var definition in policy.Definitions)
        {
            AddSlot(definition, definitions[definition].Traced);
        }

        var included = policy.RequirementSets.Concat(policy.Addenda.Select(AddendumPart.Of)).SelectMany(s => s.Includes).ToHashSet<RequirementSetSymbol>(ReferenceEqualityComparer.Instance);
        foreach (var set in policy.RequirementSets.Where(included.Contains))
        {
            AddSlot(set, setClasses[set]);
        }
    }

    /// <summary>The slots of the memo struct in declaration order: definitions first, then included sets.</summary>
    public IReadOnlyList<(object Symbol, MemoSlot Slot)> MemoSlots => memoSlotOrder;

    /// <summary>The memo slot of a definition or an included set; null for a set nothing includes.</summary>
    public MemoSlot? Slot(object symbol) => memoSlots.GetValueOrDefault(symbol);

    public string PolicyIdentifier { get; }

    /// <summary>A class may not declare a member of its own name (CS0542): the names of its fixed members are not available to it.</summary>
    private static string AllocateType(NameScope types, string policyName, params string[] fixedMembers)
    {
        var allocated = types.Allocate(policyName);
        while (fixedMembers.Contains(allocated, StringComparer.Ordinal))
        {
            allocated = types.Allocate(policyName);
        }

        return allocated;
    }

    public string Namespace { get; }

    public string ChoiceClass(ChoiceSymbol choice) => choiceClasses[choice];

    public string ChoiceMember(ChoiceMemberSymbol member) => choiceMembers[member];

    public string RecordClass(RecordSymbol record) => recordClasses[record];

    public string SchemaField(RecordSymbol record) => schemaFields[record];

    public string Property(FieldSymbol field) => properties[field];

    public string SetClass(RequirementSetSymbol set) => setClasses[set];

    public RequirementNames Requirement(RequirementSymbol requirement) => requirements[requirement];

    public DefinitionNames Definition(DefinitionSymbol definition) => definitions[definition];

    public NameSyntax NamespaceName() =>
        QualifiedName(QualifiedName(Code.Name("Zorginkoop"), Code.Name("Policies")), Code.Name(PolicyIdentifier));

    /// <summary>global::Zorginkoop.Policies.X.Name — fully qualified, so no policy name can shadow another.</summary>
    public NameSyntax Type(string className)
    {
        NameSyntax name = AliasQualifiedName(IdentifierName(Token(SyntaxKind.GlobalKeyword)), Code.Name("Zorginkoop"));
        name = QualifiedName(name, Code.Name("Policies"));
        name = QualifiedName(name, Code.Name(PolicyIdentifier));
        return QualifiedName(name, Code.Name(className));
    }

    public static IEnumerable<RequirementSymbol> Flatten(IEnumerable<RequirementSymbol> requirements) =>
        requirements.SelectMany(r => new[] { r }.Concat(Flatten(r.Children)));
}

/// <summary>The traced method, the fast method and the memo key field of one definition.</summary>
internal sealed record DefinitionNames(string Traced, string Fast, string Key);

/// <summary>The two fields of one memo slot in <see cref="GeneratedNames.MemoStruct"/>: the value and whether it is known yet.</summary>
internal sealed record MemoSlot(string Value, string Known);

/// <summary>The traced method, the fast method and the location field of one requirement.</summary>
internal sealed record RequirementNames(string Evaluate, string Check, string Location);
