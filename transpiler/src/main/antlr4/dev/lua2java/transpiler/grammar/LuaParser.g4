/*
 * The syntax of LuaJIT 2.1 (Lua 5.1 reference manual §8 plus goto and labels).
 * Calls and indexing are a primary expression followed by suffixes; the AST builder checks that a
 * statement is a call and that assignment targets are variables, as Lua's own parser does.
 */
parser grammar LuaParser;

options { tokenVocab = LuaLexer; }

// chunk ::= block
chunk : block EOF;

// block ::= {stat} [retstat]
block : stat* retstat?;

stat
    : SEMI                                                                     # emptyStat
    | suffixedexp (COMMA suffixedexp)* ASSIGN explist                          # assignStat
    | suffixedexp                                                              # callStat
    | DOUBLECOLON NAME DOUBLECOLON                                             # labelStat
    | BREAK                                                                    # breakStat
    | GOTO NAME                                                                # gotoStat
    | DO block END                                                             # doStat
    | WHILE exp DO block END                                                   # whileStat
    | REPEAT block UNTIL exp                                                   # repeatStat
    | IF exp THEN block (ELSEIF exp THEN block)* (ELSE block)? END             # ifStat
    | FOR NAME ASSIGN exp COMMA exp (COMMA exp)? DO block END                  # numericForStat
    | FOR namelist IN explist DO block END                                     # genericForStat
    | FUNCTION funcname funcbody                                               # functionStat
    | LOCAL FUNCTION NAME funcbody                                             # localFunctionStat
    | LOCAL namelist (ASSIGN explist)?                                         # localStat
    ;

// retstat ::= return [explist] [';']
retstat : RETURN explist? SEMI?;

// funcname ::= Name {'.' Name} [':' Name]
funcname : NAME (DOT NAME)* (COLON NAME)?;

namelist : NAME (COMMA NAME)*;

explist : exp (COMMA exp)*;

// exp ::= nil | false | true | Number | String | '...' | function | prefixexp | tableconstructor
//       | exp binop exp | unop exp        (precedence from low to high, manual §2.5.6)
exp
    : NIL                                                # nilExp
    | FALSE                                              # falseExp
    | TRUE                                               # trueExp
    | NUMBER                                             # numberExp
    | string                                             # stringExp
    | ELLIPSIS                                           # varargExp
    | FUNCTION funcbody                                  # functionExp
    | suffixedexp                                        # prefixExp
    | tableconstructor                                   # tableExp
    | <assoc=right> exp CARET exp                        # powerExp
    | (NOT | HASH | MINUS) exp                           # unaryExp
    | exp (STAR | SLASH | PERCENT) exp                   # mulExp
    | exp (PLUS | MINUS) exp                             # addExp
    | <assoc=right> exp CONCAT exp                       # concatExp
    | exp (LT | GT | LE | GE | NE | EQ) exp              # compareExp
    | exp AND exp                                        # andExp
    | exp OR exp                                         # orExp
    | exp LUA53_OPERATOR exp                             # lua53BinaryExp
    | LUA53_OPERATOR exp                                 # lua53UnaryExp
    ;

// prefixexp ::= var | functioncall | '(' exp ')', written as a primary followed by suffixes
suffixedexp : primaryexp suffix*;

primaryexp
    : NAME                                               # namePrimary
    | LPAREN exp RPAREN                                  # parenPrimary
    ;

suffix
    : DOT NAME                                           # fieldSuffix
    | LBRACKET exp RBRACKET                              # indexSuffix
    | COLON NAME args                                    # methodCallSuffix
    | args                                               # callSuffix
    ;

// args ::= '(' [explist] ')' | tableconstructor | String
args
    : LPAREN explist? RPAREN                             # parenArgs
    | tableconstructor                                   # tableArgs
    | string                                             # stringArgs
    ;

// funcbody ::= '(' [parlist] ')' block end
funcbody : LPAREN parlist? RPAREN block END;

// parlist ::= namelist [',' '...'] | '...'
parlist
    : namelist (COMMA ELLIPSIS)?
    | ELLIPSIS
    ;

// tableconstructor ::= '{' [fieldlist] '}'
tableconstructor : LBRACE fieldlist? RBRACE;

fieldlist : field (fieldsep field)* fieldsep?;

field
    : LBRACKET exp RBRACKET ASSIGN exp                   # keyedField
    | NAME ASSIGN exp                                    # namedField
    | exp                                                # positionalField
    ;

fieldsep : COMMA | SEMI;

string : NORMAL_STRING | CHAR_STRING | LONG_STRING;
