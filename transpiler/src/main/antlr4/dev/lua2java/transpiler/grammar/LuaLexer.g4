/*
 * Tokens of the LuaJIT 2.1 dialect: Lua 5.1 plus goto/labels and LuaJIT's lexical extras
 * (hex escapes, \z, hexadecimal numbers with fractions and binary exponents).
 * Lua 5.3 operators are lexed as LUA53_OPERATOR so the parser can reject them by name.
 */
lexer grammar LuaLexer;

SHEBANG : {getCharIndex() == 0}? '#' ~[\r\n]* -> channel(HIDDEN);

AND : 'and'; BREAK : 'break'; DO : 'do'; ELSE : 'else'; ELSEIF : 'elseif'; END : 'end';
FALSE : 'false'; FOR : 'for'; FUNCTION : 'function'; GOTO : 'goto'; IF : 'if'; IN : 'in';
LOCAL : 'local'; NIL : 'nil'; NOT : 'not'; OR : 'or'; REPEAT : 'repeat'; RETURN : 'return';
THEN : 'then'; TRUE : 'true'; UNTIL : 'until'; WHILE : 'while';

PLUS : '+'; MINUS : '-'; STAR : '*'; SLASH : '/'; PERCENT : '%'; CARET : '^'; HASH : '#';
EQ : '=='; NE : '~='; LE : '<='; GE : '>='; LT : '<'; GT : '>'; ASSIGN : '=';
LPAREN : '('; RPAREN : ')'; LBRACE : '{'; RBRACE : '}'; LBRACKET : '['; RBRACKET : ']';
DOUBLECOLON : '::'; SEMI : ';'; COLON : ':'; COMMA : ','; ELLIPSIS : '...'; CONCAT : '..'; DOT : '.';

// Operators of Lua 5.3 that LuaJIT 2.1 does not have; the parser reports them by name.
LUA53_OPERATOR : '//' | '<<' | '>>' | '&' | '|' | '~';

NAME : [a-zA-Z_] [a-zA-Z_0-9]*;

NUMBER
    : '0' [xX] HexDigit+ ('.' HexDigit*)? HexExponent?
    | '0' [xX] '.' HexDigit+ HexExponent?
    | Digit+ ('.' Digit*)? Exponent?
    | '.' Digit+ Exponent?
    ;

NORMAL_STRING : '"' (EscapeSequence | ~[\\"\r\n])* '"';
CHAR_STRING : '\'' (EscapeSequence | ~[\\'\r\n])* '\'';
LONG_STRING : '[' NestedLong ']';

LONG_COMMENT : '--[' NestedLong ']' -> channel(HIDDEN);
// A line comment must not start with a long bracket: "--[==[ x ]==] code" is a long comment then code.
LINE_COMMENT
    : ('--' (~[[\r\n] ~[\r\n]*)? | '--[' '='* (~[=[\r\n] ~[\r\n]*)?) -> channel(HIDDEN)
    ;
WS : [ \t\r\n\u000B\u000C]+ -> channel(HIDDEN);

// Unterminated strings become one token the parser reports as "unfinished string".
UNFINISHED_STRING : '"' (EscapeSequence | ~[\\"\r\n])* | '\'' (EscapeSequence | ~[\\'\r\n])*;

fragment NestedLong : '=' NestedLong '=' | '[' .*? ']';
// Escapes are validated when the string is decoded; here any backslash pair is kept.
fragment EscapeSequence : '\\z' [ \t\r\n\u000B\u000C]* | '\\' '\r' '\n'? | '\\' '\n' '\r'? | '\\' ~[\r\n];
fragment Exponent : [eE] [+-]? Digit+;
fragment HexExponent : [pP] [+-]? Digit+;
fragment Digit : [0-9];
fragment HexDigit : [0-9a-fA-F];
