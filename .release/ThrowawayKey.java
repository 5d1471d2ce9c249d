import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.Security;
import java.util.Date;
import org.bouncycastle.bcpg.ArmoredOutputStream;
import org.bouncycastle.bcpg.HashAlgorithmTags;
import org.bouncycastle.bcpg.PublicKeyAlgorithmTags;
import org.bouncycastle.bcpg.PublicKeyPacket;
import org.bouncycastle.bcpg.SymmetricKeyAlgorithmTags;
import org.bouncycastle.bcpg.sig.KeyFlags;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.openpgp.PGPKeyPair;
import org.bouncycastle.openpgp.PGPKeyRingGenerator;
import org.bouncycastle.openpgp.PGPSecretKeyRing;
import org.bouncycastle.openpgp.PGPSignature;
import org.bouncycastle.openpgp.PGPSignatureSubpacketGenerator;
import org.bouncycastle.openpgp.operator.PGPDigestCalculator;
import org.bouncycastle.openpgp.operator.jcajce.JcaPGPContentSignerBuilder;
import org.bouncycastle.openpgp.operator.jcajce.JcaPGPDigestCalculatorProviderBuilder;
import org.bouncycastle.openpgp.operator.jcajce.JcaPGPKeyPair;
import org.bouncycastle.openpgp.operator.jcajce.JcePBESecretKeyEncryptorBuilder;

/**
 * Makes a throwaway OpenPGP signing key for the release checks, with BouncyCastle (the library maven-gpg-plugin's
 * "bc" signer uses), so no gpg binary is needed. Never use it for a real release: it exists for one build.
 *
 * <pre>java -cp bcprov.jar:bcpg.jar:bcutil.jar .release/ThrowawayKey.java &lt;dir&gt; &lt;passphrase&gt;</pre>
 *
 * writes {@code <dir>/secret.asc} (the armored secret key, for MAVEN_GPG_KEY) and {@code <dir>/public.asc}
 * (to verify the signatures with).
 */
public final class ThrowawayKey {

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: java ThrowawayKey.java <output dir> <passphrase>");
            System.exit(2);
        }
        Path dir = Files.createDirectories(Path.of(args[0]));
        char[] passphrase = args[1].toCharArray();
        Security.addProvider(new BouncyCastleProvider());

        KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA", "BC");
        rsa.initialize(3072, new SecureRandom());
        PGPKeyPair keyPair = new JcaPGPKeyPair(
                PublicKeyPacket.VERSION_4, PublicKeyAlgorithmTags.RSA_GENERAL, rsa.generateKeyPair(), new Date());

        PGPSignatureSubpacketGenerator hashed = new PGPSignatureSubpacketGenerator();
        hashed.setKeyFlags(false, KeyFlags.SIGN_DATA | KeyFlags.CERTIFY_OTHER);
        PGPDigestCalculator sha1 = new JcaPGPDigestCalculatorProviderBuilder().build().get(HashAlgorithmTags.SHA1);
        PGPKeyRingGenerator generator = new PGPKeyRingGenerator(
                PGPSignature.POSITIVE_CERTIFICATION,
                keyPair,
                "sim-scaffold throwaway release-check key <release-check@sim-scaffold.invalid>",
                sha1,
                hashed.generate(),
                null,
                new JcaPGPContentSignerBuilder(PublicKeyAlgorithmTags.RSA_GENERAL, HashAlgorithmTags.SHA256),
                new JcePBESecretKeyEncryptorBuilder(SymmetricKeyAlgorithmTags.AES_256, sha1).setProvider("BC").build(passphrase));

        PGPSecretKeyRing secret = generator.generateSecretKeyRing();
        Files.write(dir.resolve("secret.asc"), armored(secret::encode));
        Files.write(dir.resolve("public.asc"), armored(generator.generatePublicKeyRing()::encode));
        System.out.printf("throwaway key %016X in %s%n", secret.getPublicKey().getKeyID(), dir);
    }

    private interface Encoder {
        void encode(OutputStream out) throws IOException;
    }

    private static byte[] armored(Encoder encoder) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ArmoredOutputStream out = new ArmoredOutputStream(bytes)) {
            encoder.encode(out);
        }
        return bytes.toByteArray();
    }
}
