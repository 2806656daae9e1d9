namespace KnowledgeApi.GraphQL.Language;

/// <summary>IntValue and FloatValue, with the specification's exact lexical rules.</summary>
public ref partial struct Utf8GraphQLReader
{
    // -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)? and then neither a name start nor a point:
    // "00", "1.", ".5", "1e", "0x1" and "1a" are all errors, at the offending byte.
    private TokenKind ReadNumber()
    {
        var isFloat = false;
        if (source[position] == (byte)'-')
        {
            position++;
        }

        if (Peek() == (byte)'0')
        {
            position++;
            if (IsDigit(Peek()))
            {
                throw Error(position, $"Invalid number: a number may not continue with a digit after a leading zero, found {SourcePosition.Describe(source, position)}.");
            }
        }
        else
        {
            ReadDigits();
        }

        if (Peek() == (byte)'.')
        {
            isFloat = true;
            position++;
            ReadDigits();
        }

        if (Peek() is (byte)'e' or (byte)'E')
        {
            isFloat = true;
            position++;
            if (Peek() is (byte)'+' or (byte)'-')
            {
                position++;
            }

            ReadDigits();
        }

        var next = Peek();
        if (next == (byte)'.' || IsNameStart(next))
        {
            throw Error(position, $"Invalid number: expected a digit, found {SourcePosition.Describe(source, position)}.");
        }

        return isFloat ? TokenKind.Float : TokenKind.Integer;
    }

    private void ReadDigits()
    {
        if (!IsDigit(Peek()))
        {
            throw Error(position, $"Invalid number: expected a digit, found {SourcePosition.Describe(source, position)}.");
        }

        while (IsDigit(Peek()))
        {
            position++;
        }
    }

    // 0 stands for "end of input"; a real NUL byte is never valid at these positions either.
    private readonly byte Peek() => position < source.Length ? source[position] : (byte)0;
}
