package dev.lua2java.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lua2java.runtime.LuaTable;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.zip.Deflater;
import org.junit.jupiter.api.Test;

/** Reading builds: XML, build codes, what-if variants, and the messages for bad input. */
class BuildTest {
    static final String XML = """
            <?xml version="1.0" encoding="UTF-8"?>
            <PathOfBuilding2>
              <Build level="42" className="Warrior" ascendClassName="Titan" mainSocketGroup="2"/>
              <Tree activeSpec="1">
                <Spec nodes="10,20,30">
                  <Overrides><AttributeOverride strNodes="20" dexNodes="" intNodes="30"/></Overrides>
                </Spec>
              </Tree>
              <Skills activeSkillSet="1">
                <SkillSet id="1">
                  <Skill enabled="true"><Gem nameSpec="Mace Strike" skillId="MaceStrike" level="5" quality="10" enabled="true"/></Skill>
                </SkillSet>
              </Skills>
              <Items activeItemSet="1">
                <Item id="1">
                  Rarity: RARE
                  Doom Grip
                  Iron Gauntlets
                  +12 to maximum Life
                </Item>
                <Item id="2">Rarity: NORMAL
            Life Flask</Item>
                <ItemSet id="1"><Slot name="Gloves" itemId="1"/><Slot name="Flask 1" itemId="2"/></ItemSet>
              </Items>
              <Config><Input name="enemyLevel" number="80"/><Input name="conditionFullLife" boolean="true"/></Config>
            </PathOfBuilding2>
            """;

    @Test
    void readsTheFieldsTheCalcModulesUse() throws Exception {
        Build b = Build.fromXml("sample", XML);
        assertEquals(42, b.level());
        assertEquals("Warrior", b.className());
        assertEquals("Titan", b.ascendClassName());
        assertEquals(List.of(10, 20, 30), b.passives());
        assertEquals(1, b.items().size(), "the flask slot is not equipped gear");
        assertEquals("Rarity: RARE\nDoom Grip\nIron Gauntlets\n+12 to maximum Life", b.items().get(0).text());
        assertEquals("MaceStrike", b.skills().get(0).gems().get(0).skillId());
        LuaTable lua = b.toLua();
        assertEquals("Int", ((LuaTable) lua.get("attributeNodes")).get(30));
        assertEquals(80.0, ((LuaTable) lua.get("config")).get("enemyLevel"));
        assertEquals(2.0, lua.get("mainSocketGroup"));
    }

    @Test
    void buildCodeIsBase64UrlOfDeflatedXml() throws Exception {
        Deflater deflater = new Deflater();
        deflater.setInput(XML.getBytes(StandardCharsets.UTF_8));
        deflater.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[4096];
        while (!deflater.finished()) {
            out.write(buf, 0, deflater.deflate(buf));
        }
        String code = Base64.getUrlEncoder().encodeToString(out.toByteArray());
        Build b = Build.fromBuildCode("coded", code);
        assertEquals(List.of(10, 20, 30), b.passives());
    }

    @Test
    void whatIfVariantsChangeOnlyWhatTheySay() throws Exception {
        Build b = Build.fromXml("sample", XML);
        Build more = b.withPassives(List.of(40), List.of(10));
        assertEquals(List.of(20, 30, 40), more.passives());
        assertEquals(List.of(10, 20, 30), b.passives());
        assertEquals(90, b.withLevel(90).level());
        assertEquals(1, b.withLevel(90).items().size());
    }

    @Test
    void badInputGivesMessagesNamingTheBuildAndTheProblem() {
        BuildException notXml = assertThrows(BuildException.class, () -> Build.fromXml("broken", "<PathOfBuilding2><Build"));
        assertTrue(notXml.getMessage().startsWith("broken: malformed build XML:"), notXml.getMessage());
        BuildException wrongRoot = assertThrows(BuildException.class, () -> Build.fromXml("other", "<html/>"));
        assertEquals("other: not a Path of Building build: root element is <html>", wrongRoot.getMessage());
        BuildException noClass = assertThrows(BuildException.class, () -> Build.fromXml("x", "<PathOfBuilding2><Build level=\"3\"/></PathOfBuilding2>"));
        assertEquals("x: malformed build XML: <Build> has no className", noClass.getMessage());
        BuildException badNode = assertThrows(BuildException.class, () -> Build.fromXml("y",
                "<PathOfBuilding2><Build className=\"Witch\"/><Tree><Spec nodes=\"1,zz\"/></Tree></PathOfBuilding2>"));
        assertEquals("y: malformed build XML: passive node id 'zz' is not a number", badNode.getMessage());
        BuildException badCode = assertThrows(BuildException.class, () -> Build.fromBuildCode("z", "not*base64"));
        assertTrue(badCode.getMessage().startsWith("z: not a build code"), badCode.getMessage());
    }
}
