using System.Buffers;
using System.Text;
using KnowledgeApi.GraphQL.AspNetCore.Http;
using KnowledgeApi.GraphQL.AspNetCore.Http.Requests;

namespace KnowledgeApi.GraphQL.AspNetCore.Tests.Http;

public sealed class GraphQLRequestJsonReaderTests
{
    [Fact]
    public void Reads_every_request_member_and_ignores_unknown_ones()
    {
        var request = Read("""
            {"query":"query Q($n: Int) { a }","operationName":"Q","unknown":{"deep":[1,{"x":2}]},
             "variables":{"n":1,"big":9007199254740993,"huge":12345678901234567890123456789,"f":1.5,"e":1e3,
                          "s":"\u00e9","b":true,"nil":null,"list":[1,"two",[3]],"obj":{"k":"v"}},
             "extensions":{"persistedQuery":{"version":1}},"id":"abc"}
            """);

        Assert.Equal("query Q($n: Int) { a }", request.Query);
        Assert.Equal("Q", request.OperationName);
        Assert.Equal("abc", request.DocumentId);
        var variables = request.Variables!;
        Assert.Equal(1, Assert.IsType<int>(variables["n"]));
        Assert.Equal(9007199254740993L, Assert.IsType<long>(variables["big"]));
        Assert.Equal(12345678901234567890123456789m, Assert.IsType<decimal>(variables["huge"]));
        Assert.Equal(1.5m, Assert.IsType<decimal>(variables["f"]));
        Assert.Equal(1000d, Assert.IsType<double>(variables["e"]));
        Assert.Equal("é", variables["s"]);
        Assert.Equal(true, variables["b"]);
        Assert.True(variables.ContainsKey("nil"));
        Assert.Null(variables["nil"]);
        var list = Assert.IsAssignableFrom<IReadOnlyList<object?>>(variables["list"]);
        Assert.Equal(1, list[0]);
        Assert.Equal("two", list[1]);
        Assert.Equal(3, Assert.IsAssignableFrom<IReadOnlyList<object?>>(list[2])[0]);
        Assert.Equal("v", Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(variables["obj"])["k"]);
        var persisted = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(request.Extensions!["persistedQuery"]);
        Assert.Equal(1, persisted["version"]);
    }

    [Fact]
    public void Null_members_are_the_same_as_missing_ones()
    {
        var request = Read("""{"query":"{ a }","operationName":null,"variables":null,"extensions":null}""");

        Assert.Equal("{ a }", request.Query);
        Assert.Null(request.OperationName);
        Assert.Null(request.Variables);
        Assert.Null(request.Extensions);
    }

    [Fact]
    public void Escaped_member_names_are_recognised()
    {
        var request = Read("""{"\u0071uery":"{ a }"}""");

        Assert.Equal("{ a }", request.Query);
    }

    [Fact]
    public void A_body_split_across_many_buffer_segments_reads_the_same()
    {
        var json = """{"query":"{ árvíztűrő }","variables":{"name":"tükörfúrógép","n":12345678901}}""";
        var request = GraphQLRequestJsonReader.Read(Segmented(Encoding.UTF8.GetBytes(json), segmentSize: 3));

        Assert.Equal("{ árvíztűrő }", request.Query);
        Assert.Equal("tükörfúrógép", request.Variables!["name"]);
        Assert.Equal(12345678901L, request.Variables["n"]);
    }

    [Theory]
    [InlineData("{ \"not a JSON")]
    [InlineData("{\"query\":\"{ a }\"} trailing")]
    [InlineData("{\"query\":\"{ a }\",}")]
    [InlineData("   ")]
    [InlineData("")]
    public void Bytes_that_are_not_one_JSON_value_are_HC0012(string body)
    {
        var rejected = Assert.Throws<HttpRequestRejectedException>(() => Read(body));

        Assert.Equal(400, rejected.StatusCode);
        Assert.Equal("HC0012", rejected.Error.Code);
    }

    [Theory]
    [InlineData("""{"query":{"obj":"ect"}}""", "query")]
    [InlineData("""{"query":0}""", "query")]
    [InlineData("""{"query":false}""", "query")]
    [InlineData("""{"query":["array"]}""", "query")]
    [InlineData("""{"query":"{ a }","operationName":0}""", "operationName")]
    [InlineData("""{"query":"{ a }","variables":"string"}""", "variables")]
    [InlineData("""{"query":"{ a }","variables":["array"]}""", "variables")]
    [InlineData("""{"query":"{ a }","extensions":false}""", "extensions")]
    public void A_member_of_the_wrong_type_is_HC0009_naming_it(string body, string member)
    {
        var rejected = Assert.Throws<HttpRequestRejectedException>(() => Read(body));

        Assert.Equal(400, rejected.StatusCode);
        Assert.Equal("HC0009", rejected.Error.Code);
        Assert.Contains($"`{member}`", rejected.Error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""[{"query":"{ a }"}]""")]
    [InlineData("\"{ a }\"")]
    public void A_body_that_is_not_a_request_object_is_HC0009(string body)
    {
        var rejected = Assert.Throws<HttpRequestRejectedException>(() => Read(body));

        Assert.Equal("HC0009", rejected.Error.Code);
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("""{"qeury":"{ a }"}""")]
    [InlineData("""{"query":null}""")]
    public void A_request_without_query_or_id_is_HC0013(string body)
    {
        var rejected = Assert.Throws<HttpRequestRejectedException>(() => Read(body));

        Assert.Equal(400, rejected.StatusCode);
        Assert.Equal("HC0013", rejected.Error.Code);
    }

    [Fact]
    public void Nesting_deeper_than_the_limit_is_HC0012_not_a_stack_overflow()
    {
        var deep = new string('[', 10_000) + new string(']', 10_000);

        var rejected = Assert.Throws<HttpRequestRejectedException>(() => Read("""{"query":"{ a }","variables":{"v":""" + deep + "}}"));

        Assert.Equal("HC0012", rejected.Error.Code);
    }

    [Theory]
    [InlineData(new byte[] { 0x7B, 0x22, 0x71, 0x75, 0x65, 0x72, 0x79, 0x22, 0x3A, 0x22, 0xFF, 0xFE, 0x22, 0x7D })]
    [InlineData(new byte[] { 0x7B, 0x22, 0x71, 0x75, 0x65, 0x72, 0x79, 0x22, 0x3A, 0x22, 0x61, 0x22, 0x2C, 0x22, 0x76, 0x61, 0x72, 0x69, 0x61, 0x62, 0x6C, 0x65, 0x73, 0x22, 0x3A, 0x7B, 0x22, 0xC3, 0x28, 0x22, 0x3A, 0x31, 0x7D, 0x7D })]
    public void Invalid_UTF8_is_HC0012_not_a_server_error(byte[] body)
    {
        var rejected = Assert.Throws<HttpRequestRejectedException>(() => GraphQLRequestJsonReader.Read(new ReadOnlySequence<byte>(body)));

        Assert.Equal("HC0012", rejected.Error.Code);
    }

    [Fact]
    public void A_number_beyond_double_range_is_HC0009_not_a_server_error()
    {
        var rejected = Assert.Throws<HttpRequestRejectedException>(() => Read("""{"query":"{ a }","variables":{"n":1e400}}"""));

        Assert.Equal("HC0009", rejected.Error.Code);
    }

    private static KnowledgeApi.GraphQL.Execution.GraphQLRequest Read(string json) =>
        GraphQLRequestJsonReader.Read(new ReadOnlySequence<byte>(Encoding.UTF8.GetBytes(json)));

    private static ReadOnlySequence<byte> Segmented(byte[] bytes, int segmentSize)
    {
        var first = new Segment(bytes.AsMemory(0, Math.Min(segmentSize, bytes.Length)), 0);
        var last = first;
        for (var offset = segmentSize; offset < bytes.Length; offset += segmentSize)
        {
            last = last.Append(bytes.AsMemory(offset, Math.Min(segmentSize, bytes.Length - offset)));
        }

        return new ReadOnlySequence<byte>(first, 0, last, last.Memory.Length);
    }

    private sealed class Segment : ReadOnlySequenceSegment<byte>
    {
        public Segment(ReadOnlyMemory<byte> memory, long runningIndex)
        {
            Memory = memory;
            RunningIndex = runningIndex;
        }

        public Segment Append(ReadOnlyMemory<byte> memory)
        {
            var next = new Segment(memory, RunningIndex + Memory.Length);
            Next = next;
            return next;
        }
    }
}
